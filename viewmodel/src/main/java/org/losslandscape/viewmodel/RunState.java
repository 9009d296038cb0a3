package org.losslandscape.viewmodel;

import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.model.training.TrainingStatus;
import org.losslandscape.model.training.TrainingStep;

import java.util.Objects;

/**
 * One optimizer's run at the moment of a {@link TrainingSnapshot}.
 *
 * @param settings   the optimizer and its hyper-parameters
 * @param status     whether the run accepts further steps
 * @param current    its latest finite step: point, loss and gradient
 * @param lossCurve  its loss by step, thinned for drawing
 * @param divergence why it diverged while {@code status} is {@link TrainingStatus#DIVERGED}, else {@code null}
 */
public record RunState(OptimizerSettings settings, TrainingStatus status, TrainingStep current,
                       LossCurve lossCurve, DivergenceReport divergence) {

    /**
     * Checks that every field but {@code divergence} is present, and that {@code divergence}
     * is present exactly when the run diverged.
     *
     * @throws IllegalArgumentException if the divergence report does not match the status
     */
    public RunState {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(lossCurve, "lossCurve");
        if ((status == TrainingStatus.DIVERGED) != (divergence != null)) {
            throw new IllegalArgumentException("Run of " + settings.kind().key() + " in state " + status
                    + (divergence == null ? " needs" : " must not have") + " a divergence report");
        }
    }

    /** Returns the run's identifier, its optimizer's key such as {@code "adam"}; paths use the same id. */
    public String id() {
        return settings.kind().key();
    }
}
