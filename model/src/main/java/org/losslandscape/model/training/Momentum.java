package org.losslandscape.model.training;

import java.util.Arrays;

import org.losslandscape.model.Parameter;

/**
 * Gradient descent with momentum, in the form PyTorch's {@code torch.optim.SGD} uses with
 * dampening 0:
 *
 * <pre>
 *   v ← μ·v + ∇L(θ)        v starts at 0, so the first step equals gradient descent
 *   θ ← θ − lr·v
 * </pre>
 *
 * <p>The learning rate scales the whole velocity, unlike the form v ← μ·v + lr·g, θ ← θ − v
 * that PyTorch's documentation contrasts it with. Both give the same points while lr stays constant.
 */
class Momentum extends ComponentwiseOptimizer {

    /** The momentum μ. */
    final double momentum;
    /** The velocity v of each component. */
    final double[] velocity = new double[Parameter.COUNT];

    Momentum(OptimizerSettings settings) {
        this(settings, OptimizerKind.MOMENTUM);
    }

    /** Creates the optimizer for {@code kind}, momentum or a variant of it that shares its update. */
    Momentum(OptimizerSettings settings, OptimizerKind kind) {
        super(settings, kind);
        this.momentum = settings.get(HyperParameter.MOMENTUM);
    }

    @Override
    final double shift(int i, double gradient) {
        velocity[i] = momentum * velocity[i] + gradient;
        return learningRate * velocity[i];
    }

    @Override
    public final void reset() {
        Arrays.fill(velocity, 0.0);
    }
}
