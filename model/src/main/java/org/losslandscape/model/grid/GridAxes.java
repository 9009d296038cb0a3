package org.losslandscape.model.grid;

import org.losslandscape.model.Parameter;

import java.util.Objects;

/**
 * The four axes of a loss grid, in axis order (w0, b0, w1, b1).
 *
 * @param w0 values of w0, axis 0
 * @param b0 values of b0, axis 1
 * @param w1 values of w1, axis 2
 * @param b1 values of b1, axis 3
 */
public record GridAxes(ParameterAxis w0, ParameterAxis b0, ParameterAxis w1, ParameterAxis b1) {

    /** The lecture's grid: 40 values from −4 in steps of 0.2 on every axis, 40⁴ points. */
    public static final GridAxes LECTURE = uniform(ParameterAxis.LECTURE);

    /** Checks that no axis is null. */
    public GridAxes {
        Objects.requireNonNull(w0, "w0 axis");
        Objects.requireNonNull(b0, "b0 axis");
        Objects.requireNonNull(w1, "w1 axis");
        Objects.requireNonNull(b1, "b1 axis");
    }

    /** Returns the grid with {@code axis} on all four parameters. */
    public static GridAxes uniform(ParameterAxis axis) {
        return new GridAxes(axis, axis, axis, axis);
    }

    /** Returns the axis of {@code parameter}. */
    public ParameterAxis axis(Parameter parameter) {
        return switch (parameter) {
            case W0 -> w0;
            case B0 -> b0;
            case W1 -> w1;
            case B1 -> b1;
        };
    }

    /** Returns the number of grid points, the product of the four axis sizes. */
    public long pointCount() {
        return (long) w0.size() * b0.size() * w1.size() * b1.size();
    }

    /** Returns the grid's shape in axis order as a new array. */
    public int[] shape() {
        return new int[] {w0.size(), b0.size(), w1.size(), b1.size()};
    }

    /** Returns the index of the grid's centre, each axis at {@code size / 2}. */
    public GridIndex centre() {
        return new GridIndex(w0.size() / 2, b0.size() / 2, w1.size() / 2, b1.size() / 2);
    }
}
