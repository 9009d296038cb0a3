package org.losslandscape.model.training;

import java.util.Objects;

import org.losslandscape.model.Gradient;
import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;

/**
 * Gradient descent: θ ← θ − lr·∇L(θ). It keeps no state between steps, so {@link #reset()} does nothing.
 */
final class GradientDescent implements Optimizer {

    private final OptimizerSettings settings;
    private final double learningRate;

    GradientDescent(OptimizerSettings settings) {
        this.settings = settings.requireKind(OptimizerKind.GRADIENT_DESCENT);
        this.learningRate = settings.learningRate();
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
            theta[i] -= learningRate * gradient[i];
        }
        return Vectors.toPoint(theta);
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
