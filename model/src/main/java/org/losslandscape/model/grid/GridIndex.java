package org.losslandscape.model.grid;

import org.losslandscape.model.Parameter;

/**
 * A point of a loss grid given by one index per axis. Bounds are checked by the grid that
 * the index is used with, because the same index can address grids of different sizes.
 *
 * @param w0 index on the w0 axis
 * @param b0 index on the b0 axis
 * @param w1 index on the w1 axis
 * @param b1 index on the b1 axis
 */
public record GridIndex(int w0, int b0, int w1, int b1) {

    /** Returns the index on the axis of {@code parameter}. */
    public int get(Parameter parameter) {
        return switch (parameter) {
            case W0 -> w0;
            case B0 -> b0;
            case W1 -> w1;
            case B1 -> b1;
        };
    }

    /** Returns a copy with the index on the axis of {@code parameter} set to {@code index}. */
    public GridIndex with(Parameter parameter, int index) {
        return switch (parameter) {
            case W0 -> new GridIndex(index, b0, w1, b1);
            case B0 -> new GridIndex(w0, index, w1, b1);
            case W1 -> new GridIndex(w0, b0, index, b1);
            case B1 -> new GridIndex(w0, b0, w1, index);
        };
    }

    @Override
    public String toString() {
        return "(" + w0 + ", " + b0 + ", " + w1 + ", " + b1 + ")";
    }
}
