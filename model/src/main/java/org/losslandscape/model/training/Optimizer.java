package org.losslandscape.model.training;

import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;

/**
 * A first-order optimizer that moves a point downhill on an {@link Objective}, one step per call.
 *
 * <p>Optimizers keep state between steps, such as a velocity or moment estimates, so a sequence
 * of calls must pass the point that the previous call returned. {@link #reset()} clears the
 * state. Instances are not thread-safe: confine each one to a single thread.
 * {@link OptimizerSettings#createOptimizer()} creates them.
 */
public interface Optimizer {

    /** Returns the hyper-parameter values this optimizer uses. */
    OptimizerSettings settings();

    /**
     * Computes the point after one step from {@code current} and updates the internal state.
     * Calls {@code objective.gradient} once, at {@code current} or, for Nesterov momentum,
     * at the look-ahead point.
     *
     * @return the next point, which may be NaN or infinite when the run diverges. The
     *         optimizer does not check it.
     */
    ParameterPoint step(ParameterPoint current, Objective objective);

    /** Clears the internal state, so that the next step behaves as the first one. */
    void reset();
}
