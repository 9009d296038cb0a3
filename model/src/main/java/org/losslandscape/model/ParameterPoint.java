package org.losslandscape.model;

/**
 * A point in parameter space: one value for each of w0, b0, w1 and b1.
 *
 * @param w0 weight of the hidden unit
 * @param b0 bias of the hidden unit
 * @param w1 weight of the output unit
 * @param b1 bias of the output unit
 */
public record ParameterPoint(double w0, double b0, double w1, double b1) {

    /** The lecture's initial weights: w0 = 0.1, b0 = 0.25, w1 = 0.5, b1 = 0.35. */
    public static final ParameterPoint LECTURE_START = new ParameterPoint(0.1, 0.25, 0.5, 0.35);

    /** Returns the value of {@code parameter}. */
    public double get(Parameter parameter) {
        return switch (parameter) {
            case W0 -> w0;
            case B0 -> b0;
            case W1 -> w1;
            case B1 -> b1;
        };
    }

    /** Returns a copy of this point with {@code parameter} set to {@code value}. */
    public ParameterPoint with(Parameter parameter, double value) {
        return switch (parameter) {
            case W0 -> new ParameterPoint(value, b0, w1, b1);
            case B0 -> new ParameterPoint(w0, value, w1, b1);
            case W1 -> new ParameterPoint(w0, b0, value, b1);
            case B1 -> new ParameterPoint(w0, b0, w1, value);
        };
    }

    /** Returns the four values in axis order as a new array. */
    public double[] toArray() {
        return new double[] {w0, b0, w1, b1};
    }

    /** Returns {@code true} when all four values are finite. */
    public boolean isFinite() {
        return Double.isFinite(w0) && Double.isFinite(b0) && Double.isFinite(w1) && Double.isFinite(b1);
    }
}
