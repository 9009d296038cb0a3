package org.losslandscape.model.training;

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
final class NesterovMomentum extends Momentum {

    NesterovMomentum(OptimizerSettings settings) {
        super(settings, OptimizerKind.NESTEROV_MOMENTUM);
    }

    /** Returns the look-ahead point θ − lr·μ·v. */
    @Override
    ParameterPoint gradientPoint(ParameterPoint current, double[] theta) {
        double[] lookAhead = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            lookAhead[i] = theta[i] - learningRate * momentum * velocity[i];
        }
        return Vectors.toPoint(lookAhead);
    }
}
