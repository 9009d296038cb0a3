package org.losslandscape.model.training;

import java.util.Arrays;

import org.losslandscape.model.Parameter;

/**
 * Adam with bias correction, as in PyTorch's {@code torch.optim.Adam} without weight decay or AMSGrad:
 *
 * <pre>
 *   t ← t + 1                       step number, starting at 1
 *   m ← β1·m + (1 − β1)·g           first-moment estimate, m starts at 0, g = ∇L(θ)
 *   v ← β2·v + (1 − β2)·g²          second-moment estimate, v starts at 0
 *   m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)
 *   θ ← θ − lr·m̂ / (√v̂ + ε)
 * </pre>
 */
final class Adam extends ComponentwiseOptimizer {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] firstMoment = new double[Parameter.COUNT];
    private final double[] secondMoment = new double[Parameter.COUNT];
    private int stepNumber;
    private double firstCorrection;
    private double secondCorrection;

    Adam(OptimizerSettings settings) {
        super(settings, OptimizerKind.ADAM);
        this.beta1 = settings.get(HyperParameter.BETA1);
        this.beta2 = settings.get(HyperParameter.BETA2);
        this.epsilon = settings.get(HyperParameter.EPSILON);
    }

    @Override
    void startStep() {
        stepNumber++;
        firstCorrection = 1.0 - Math.pow(beta1, stepNumber);
        secondCorrection = 1.0 - Math.pow(beta2, stepNumber);
    }

    @Override
    double shift(int i, double gradient) {
        firstMoment[i] = beta1 * firstMoment[i] + (1.0 - beta1) * gradient;
        secondMoment[i] = beta2 * secondMoment[i] + (1.0 - beta2) * gradient * gradient;
        double firstUnbiased = firstMoment[i] / firstCorrection;
        double secondUnbiased = secondMoment[i] / secondCorrection;
        return learningRate * firstUnbiased / (Math.sqrt(secondUnbiased) + epsilon);
    }

    @Override
    public void reset() {
        Arrays.fill(firstMoment, 0.0);
        Arrays.fill(secondMoment, 0.0);
        stepNumber = 0;
    }
}
