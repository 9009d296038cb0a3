package org.losslandscape.model.training;

/** The state of a {@link TrainingRun}: whether it accepts further steps, and if not, why. */
public enum TrainingStatus {
    /** The run accepts further steps. */
    RUNNING,
    /** A step produced a non-finite or out-of-bounds value. {@link TrainingRun#divergence()} returns the cause. */
    DIVERGED,
    /** The run took its maximum number of steps. */
    STEP_LIMIT_REACHED
}
