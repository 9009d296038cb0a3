package org.losslandscape.model.training;

import java.util.Arrays;
import java.util.Objects;

import org.losslandscape.model.Objective;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

/**
 * Nesterov momentum with the gradient taken at the look-ahead point:
 *
 * <pre>
 *   θ̃ = θ − lr·μ·v          look-ahead point, θ itself on the first step because v starts at 0
 *   v ← μ·v + ∇L(θ̃)
 *   θ ← θ − lr·v
 * </pre>
 *
 * <p>PyTorch's {@code torch.optim.SGD(nesterov=True)} updates the look-ahead point θ̃ itself,
 * θ̃ ← θ̃ − lr·(∇L(θ̃) + μ·v) with v already updated. Substituting θ̃ = θ − lr·μ·v shows that
 * both are the same method and start at the same point. This class returns θ, so its later
 * points differ from PyTorch's by lr·μ·v.
 */
final class NesterovMomentum implements Optimizer {

    private final OptimizerSettings settings;
    private final double learningRate;
    private final double momentum;
    private final double[] velocity = new double[Parameter.COUNT];

    NesterovMomentum(OptimizerSettings settings) {
        this.settings = settings.requireKind(OptimizerKind.NESTEROV_MOMENTUM);
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

        double[] lookAhead = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            lookAhead[i] = theta[i] - learningRate * momentum * velocity[i];
        }
        double[] gradient = objective.gradient(Vectors.toPoint(lookAhead)).toArray();

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
