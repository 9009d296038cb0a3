package org.losslandscape.model.training;

/**
 * The check that a step failed, making its {@link TrainingRun} diverge. Checks run in this order.
 *
 * <p>For {@link org.losslandscape.model.TinyNetwork} at finite parameters the loss overflows only
 * when |y| exceeds about 1e154, so the last two checks mainly guard other objectives.
 */
public enum DivergenceReason {
    /** A parameter became NaN or infinite. */
    NON_FINITE_PARAMETER,
    /** A parameter's absolute value exceeded the run's parameter bound. */
    PARAMETER_OUT_OF_BOUNDS,
    /** The loss at the new point is NaN or infinite. */
    NON_FINITE_LOSS,
    /** A partial derivative at the new point is NaN or infinite, so the next step could not be finite. */
    NON_FINITE_GRADIENT
}
