package org.losslandscape.model.training;

/**
 * Gradient descent: θ ← θ − lr·∇L(θ). It keeps no state between steps, so {@link #reset()} does nothing.
 */
final class GradientDescent extends ComponentwiseOptimizer {

    GradientDescent(OptimizerSettings settings) {
        super(settings, OptimizerKind.GRADIENT_DESCENT);
    }

    @Override
    double shift(int i, double gradient) {
        return learningRate * gradient;
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
