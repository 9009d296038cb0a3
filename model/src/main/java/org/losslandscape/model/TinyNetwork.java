package org.losslandscape.model;

/**
 * The lecture's network with one training sample (x, y).
 *
 * <pre>
 *   h  = σ(w0·x + b0)          hidden activation
 *   ŷ  = σ(w1·h + b1)          output
 *   L  = (y − ŷ)²              squared error, the mean over the single sample
 *   σ(v) = 1 / (1 + e^(−v))    logistic sigmoid
 * </pre>
 *
 * <p>{@link #gradient(ParameterPoint)} returns the exact derivatives of this L, the factor 2
 * from the square included.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TinyNetwork implements Objective {

    /** The lecture's input, x = 0.3. */
    public static final double LECTURE_INPUT = 0.3;

    /** The lecture's target, y = 1.0. */
    public static final double LECTURE_TARGET = 1.0;

    private static final TinyNetwork LECTURE = new TinyNetwork(LECTURE_INPUT, LECTURE_TARGET);

    private final double input;
    private final double target;

    /**
     * Creates the network for one sample.
     *
     * @throws IllegalArgumentException if {@code input} or {@code target} is NaN or infinite
     */
    public TinyNetwork(double input, double target) {
        if (!Double.isFinite(input)) {
            throw new IllegalArgumentException("Invalid input x = " + input + ": expected a finite number");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("Invalid target y = " + target + ": expected a finite number");
        }
        this.input = input;
        this.target = target;
    }

    /** Returns the lecture's network: x = 0.3, y = 1.0. */
    public static TinyNetwork lecture() {
        return LECTURE;
    }

    /** Returns the sample's input x. */
    public double input() {
        return input;
    }

    /** Returns the sample's target y. */
    public double target() {
        return target;
    }

    /** Computes the logistic sigmoid σ(v) = 1 / (1 + e^(−v)). */
    public static double sigmoid(double v) {
        return 1.0 / (1.0 + Math.exp(-v));
    }

    /** Computes the hidden activation h = σ(w0·x + b0). */
    public double hidden(double w0, double b0) {
        return sigmoid(w0 * input + b0);
    }

    /** Computes the output ŷ = σ(w1·σ(w0·x + b0) + b1). */
    public double output(double w0, double b0, double w1, double b1) {
        return sigmoid(w1 * hidden(w0, b0) + b1);
    }

    /** Computes the loss L = (y − ŷ)² at (w0, b0, w1, b1). */
    public double loss(double w0, double b0, double w1, double b1) {
        double error = target - output(w0, b0, w1, b1);
        return error * error;
    }

    /** Computes the loss at {@code point}. */
    @Override
    public double loss(ParameterPoint point) {
        return loss(point.w0(), point.b0(), point.w1(), point.b1());
    }

    /**
     * Computes the gradient of L = (y − ŷ)² at {@code point} by backpropagation.
     *
     * <pre>
     *   δ1     = ∂L/∂v1 = −2(y − ŷ) · ŷ(1 − ŷ)      v1 = w1·h + b1, σ'(v) = σ(v)(1 − σ(v))
     *   ∂L/∂w1 = δ1 · h
     *   ∂L/∂b1 = δ1
     *   δ0     = ∂L/∂v0 = δ1 · w1 · h(1 − h)        v0 = w0·x + b0
     *   ∂L/∂w0 = δ0 · x
     *   ∂L/∂b0 = δ0
     * </pre>
     */
    @Override
    public Gradient gradient(ParameterPoint point) {
        double h = hidden(point.w0(), point.b0());
        double yHat = sigmoid(point.w1() * h + point.b1());

        double delta1 = -2.0 * (target - yHat) * yHat * (1.0 - yHat);
        double delta0 = delta1 * point.w1() * h * (1.0 - h);

        return new Gradient(delta0 * input, delta0, delta1 * h, delta1);
    }

    @Override
    public String toString() {
        return "TinyNetwork[x=" + input + ", y=" + target + "]";
    }
}
