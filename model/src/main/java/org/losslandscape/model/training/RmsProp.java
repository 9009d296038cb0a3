package org.losslandscape.model.training;

import java.util.Arrays;

import org.losslandscape.model.Parameter;

/**
 * RMSProp as in PyTorch's {@code torch.optim.RMSprop} without momentum, centering or weight decay:
 *
 * <pre>
 *   s ← α·s + (1 − α)·g²          s starts at 0, g = ∇L(θ)
 *   θ ← θ − lr·g / (√s + ε)
 * </pre>
 *
 * <p>ε is added after the square root, as PyTorch does. Because s starts at 0, the first step
 * moves each parameter by about lr/√(1 − α), which is 0.1 with the defaults.
 */
final class RmsProp extends ComponentwiseOptimizer {

    private final double alpha;
    private final double epsilon;
    private final double[] squareAverage = new double[Parameter.COUNT];

    RmsProp(OptimizerSettings settings) {
        super(settings, OptimizerKind.RMS_PROP);
        this.alpha = settings.get(HyperParameter.ALPHA);
        this.epsilon = settings.get(HyperParameter.EPSILON);
    }

    @Override
    double shift(int i, double gradient) {
        squareAverage[i] = alpha * squareAverage[i] + (1.0 - alpha) * gradient * gradient;
        return learningRate * gradient / (Math.sqrt(squareAverage[i]) + epsilon);
    }

    @Override
    public void reset() {
        Arrays.fill(squareAverage, 0.0);
    }
}
