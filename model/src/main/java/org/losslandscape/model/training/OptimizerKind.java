package org.losslandscape.model.training;

import java.util.Arrays;
import java.util.List;

import static org.losslandscape.model.training.HyperParameter.ALPHA;
import static org.losslandscape.model.training.HyperParameter.BETA1;
import static org.losslandscape.model.training.HyperParameter.BETA2;
import static org.losslandscape.model.training.HyperParameter.decayRate;
import static org.losslandscape.model.training.HyperParameter.epsilon;
import static org.losslandscape.model.training.HyperParameter.learningRate;

/**
 * The five optimizers, each with its hyper-parameters and their defaults.
 *
 * <p>In the summaries below θ is the point, g = ∇L(θ) the gradient and every operation acts on
 * each of the four parameters separately. The class that implements each optimizer documents
 * its update in full. The defaults of RMSProp and Adam are those of PyTorch's
 * {@code torch.optim.RMSprop} and {@code torch.optim.Adam} (documentation of PyTorch 1.13).
 */
public enum OptimizerKind {

    /** Gradient descent, θ ← θ − lr·g, with lr = 0.01. */
    GRADIENT_DESCENT("gradientDescent", learningRate(0.01)),

    /** Momentum, v ← μ·v + g and θ ← θ − lr·v, with lr = 0.01 and μ = 0.9. */
    MOMENTUM("momentum", learningRate(0.01), decayRate(HyperParameter.MOMENTUM, 0.9)),

    /**
     * Nesterov momentum, v ← μ·v + ∇L(θ − lr·μ·v) and θ ← θ − lr·v, with lr = 0.01 and μ = 0.9.
     * The gradient is taken at the look-ahead point.
     */
    NESTEROV_MOMENTUM("nesterovMomentum", learningRate(0.01), decayRate(HyperParameter.MOMENTUM, 0.9)),

    /**
     * RMSProp, s ← α·s + (1 − α)·g² and θ ← θ − lr·g / (√s + ε), with lr = 0.01, α = 0.99 and
     * ε = 1e-8.
     */
    RMS_PROP("rmsProp", learningRate(0.01), decayRate(ALPHA, 0.99), epsilon(1e-8)),

    /**
     * Adam with bias correction, with lr = 0.001, β1 = 0.9, β2 = 0.999 and ε = 1e-8:
     * m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², θ ← θ − lr·m̂ / (√v̂ + ε)
     * where m̂ = m / (1 − β1ᵗ) and v̂ = v / (1 − β2ᵗ) at step t.
     */
    ADAM("adam", learningRate(0.001), decayRate(BETA1, 0.9), decayRate(BETA2, 0.999), epsilon(1e-8));

    private final String key;
    private final List<HyperParameter> hyperParameters;

    OptimizerKind(String key, HyperParameter... hyperParameters) {
        this.key = key;
        this.hyperParameters = List.of(hyperParameters);
    }

    /** Returns the ASCII identifier for resource keys and files, such as {@code "rmsProp"}. */
    public String key() {
        return key;
    }

    /** Returns the hyper-parameters in form order, the learning rate first, as an unmodifiable list. */
    public List<HyperParameter> hyperParameters() {
        return hyperParameters;
    }

    /**
     * Returns the hyper-parameter with {@code key}.
     *
     * @throws IllegalArgumentException if this optimizer has no hyper-parameter {@code key}
     */
    public HyperParameter hyperParameter(String key) {
        for (HyperParameter hyperParameter : hyperParameters) {
            if (hyperParameter.key().equals(key)) {
                return hyperParameter;
            }
        }
        throw new IllegalArgumentException("Unknown hyper-parameter '" + key + "' for " + this.key
                + ": expected one of " + keys());
    }

    /** Returns the settings with every hyper-parameter at its default. */
    public OptimizerSettings defaultSettings() {
        return OptimizerSettings.defaults(this);
    }

    /**
     * Returns the kind whose {@link #key()} is {@code key}.
     *
     * @throws IllegalArgumentException if no kind has that key
     */
    public static OptimizerKind ofKey(String key) {
        for (OptimizerKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown optimizer '" + key + "': expected one of "
                + Arrays.stream(values()).map(OptimizerKind::key).toList());
    }

    List<String> keys() {
        return hyperParameters.stream().map(HyperParameter::key).toList();
    }
}
