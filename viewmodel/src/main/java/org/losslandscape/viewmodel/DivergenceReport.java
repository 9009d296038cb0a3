package org.losslandscape.viewmodel;

import org.losslandscape.model.training.Divergence;
import org.losslandscape.model.training.HyperParameter;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;

import java.util.Objects;

/**
 * The data a view needs to explain a diverged run in plain words: the cause from the model and
 * advice on what to change.
 *
 * @param divergence            the failed check, the step and the offending value
 * @param kind                  the optimizer that diverged
 * @param learningRate          the learning rate it used
 * @param parameterBound        the largest valid absolute value of a parameter in the run
 * @param suggestedLearningRate a smaller learning rate to try, a power of ten below {@code learningRate}
 * @param suggestAdam           {@code true} when switching to Adam is worth suggesting, because
 *                              Adam's step length stays near its learning rate however steep the slope
 */
public record DivergenceReport(Divergence divergence, OptimizerKind kind, double learningRate,
                               double parameterBound, double suggestedLearningRate, boolean suggestAdam) {

    /** Checks that the cause and the optimizer are present. */
    public DivergenceReport {
        Objects.requireNonNull(divergence, "divergence");
        Objects.requireNonNull(kind, "kind");
    }

    /** Creates the report for a run with {@code settings} that diverged as {@code divergence}. */
    static DivergenceReport of(Divergence divergence, OptimizerSettings settings, double parameterBound) {
        double learningRate = settings.learningRate();
        OptimizerKind kind = settings.kind();
        return new DivergenceReport(divergence, kind, learningRate, parameterBound,
                suggestLearningRate(kind, learningRate), kind != OptimizerKind.ADAM);
    }

    /**
     * Returns ten times the optimizer's default learning rate when {@code learningRate} is larger
     * than that, else the largest power of ten at most a tenth of {@code learningRate}.
     */
    static double suggestLearningRate(OptimizerKind kind, double learningRate) {
        double ceiling = 10 * kind.hyperParameter(HyperParameter.LEARNING_RATE).defaultValue();
        if (learningRate > ceiling) {
            return ceiling;
        }
        return Math.pow(10, Math.floor(Math.log10(learningRate / 10)));
    }
}
