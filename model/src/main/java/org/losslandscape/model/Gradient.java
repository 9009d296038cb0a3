package org.losslandscape.model;

/**
 * The gradient of the loss with respect to the four parameters,
 * ∇L = (∂L/∂w0, ∂L/∂b0, ∂L/∂w1, ∂L/∂b1).
 *
 * @param w0 ∂L/∂w0
 * @param b0 ∂L/∂b0
 * @param w1 ∂L/∂w1
 * @param b1 ∂L/∂b1
 */
public record Gradient(double w0, double b0, double w1, double b1) {

    /** Returns the partial derivative with respect to {@code parameter}. */
    public double get(Parameter parameter) {
        return switch (parameter) {
            case W0 -> w0;
            case B0 -> b0;
            case W1 -> w1;
            case B1 -> b1;
        };
    }

    /** Computes the Euclidean norm ‖∇L‖ = √(Σ (∂L/∂θᵢ)²), without intermediate overflow. */
    public double norm() {
        return Math.hypot(Math.hypot(w0, b0), Math.hypot(w1, b1));
    }

    /** Returns {@code true} when all four partial derivatives are finite. */
    public boolean isFinite() {
        return Double.isFinite(w0) && Double.isFinite(b0) && Double.isFinite(w1) && Double.isFinite(b1);
    }

    /** Returns the four partial derivatives in axis order as a new array. */
    public double[] toArray() {
        return new double[] {w0, b0, w1, b1};
    }
}
