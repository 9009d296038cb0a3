package org.losslandscape.model.training;

import java.util.Arrays;
import java.util.Objects;

import org.losslandscape.model.Objective;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

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
final class Momentum implements Optimizer {

    private final OptimizerSettings settings;
    private final double learningRate;
    private final double momentum;
    private final double[] velocity = new double[Parameter.COUNT];

    Momentum(OptimizerSettings settings) {
        this.settings = settings.requireKind(OptimizerKind.MOMENTUM);
        this.learningRate = settings.learningRate();
        this.momentum = settings.get(HyperParameter.MOMENTUM);
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
            velocity[i] = momentum * velocity[i] + gradient[i];
            theta[i] -= learningRate * velocity[i];
        }
        return Vectors.toPoint(theta);
    }

    @Override
    public void reset() {
        Arrays.fill(velocity, 0.0);
    }
}
