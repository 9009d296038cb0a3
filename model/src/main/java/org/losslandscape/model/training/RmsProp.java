package org.losslandscape.model.training;

import java.util.Arrays;
import java.util.Objects;

import org.losslandscape.model.Objective;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

/**
 * RMSProp as in PyTorch's {@code torch.optim.RMSprop} without momentum, centering or weight decay:
 *
 * <pre>
 *   s ← α·s + (1 − α)·g²          s starts at 0, g = ∇L(θ)
 *   θ ← θ − lr·g / (√s + ε)
 * </pre>
 *
 * <p>ε is added after the square root, as PyTorch does. Because s starts at 0, the first step
 * moves each parameter by about lr/√(1 − α), which is 0.1 with the defaults.
 */
final class RmsProp implements Optimizer {

    private final OptimizerSettings settings;
    private final double learningRate;
    private final double alpha;
    private final double epsilon;
    private final double[] squareAverage = new double[Parameter.COUNT];

    RmsProp(OptimizerSettings settings) {
        this.settings = settings.requireKind(OptimizerKind.RMS_PROP);
        this.learningRate = settings.learningRate();
        this.alpha = settings.get(HyperParameter.ALPHA);
        this.epsilon = settings.get(HyperParameter.EPSILON);
    }

    @Override
    public OptimizerSettings settings() {
        return settings;
    }

    @Override
    public ParameterPoint step(ParameterPoint current, Objective objective) {
        Objects.requireNonNull(current, "current");
        double[] theta = current.toArray();
        double[] gradient = objective.gradient(current).toArray();

        for (int i = 0; i < theta.length; i++) {
            squareAverage[i] = alpha * squareAverage[i] + (1.0 - alpha) * gradient[i] * gradient[i];
            theta[i] -= learningRate * gradient[i] / (Math.sqrt(squareAverage[i]) + epsilon);
        }
        return Vectors.toPoint(theta);
    }

    @Override
    public void reset() {
        Arrays.fill(squareAverage, 0.0);
    }
}
