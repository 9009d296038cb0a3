package org.losslandscape.model.training;

import java.util.Objects;

import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;

/**
 * An optimizer that moves each parameter on its own: each step takes one gradient, then
 * subtracts from every component a shift computed from that component's gradient and the
 * optimizer's state for it. Subclasses give the shift and keep the state.
 */
abstract class ComponentwiseOptimizer implements Optimizer {

    private final OptimizerSettings settings;
    /** The learning rate lr, which every update rule here scales its shift by. */
    final double learningRate;

    /**
     * Keeps {@code settings} and reads their learning rate.
     *
     * @throws IllegalArgumentException if {@code settings} are for another kind than {@code kind}
     */
    ComponentwiseOptimizer(OptimizerSettings settings, OptimizerKind kind) {
        this.settings = settings.requireKind(kind);
        this.learningRate = settings.learningRate();
    }

    @Override
    public final OptimizerSettings settings() {
        return settings;
    }

    @Override
    public final ParameterPoint step(ParameterPoint current, Objective objective) {
        Objects.requireNonNull(current, "current");
        double[] theta = current.toArray();
        double[] gradient = objective.gradient(gradientPoint(current, theta)).toArray();

        startStep();
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= shift(i, gradient[i]);
        }
        return Vectors.toPoint(theta);
    }

    /**
     * Returns the point at which this step takes the gradient: {@code current}, unless a
     * subclass looks ahead. {@code theta} contains the components of {@code current} and must not
     * be modified.
     */
    ParameterPoint gradientPoint(ParameterPoint current, double[] theta) {
        return current;
    }

    /** Prepares a step after its gradient is taken and before the shifts. Does nothing unless overridden. */
    void startStep() {
    }

    /** Updates the state of component {@code i} with its {@code gradient} and returns the amount to subtract from it. */
    abstract double shift(int i, double gradient);
}
