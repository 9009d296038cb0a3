package org.losslandscape.viewmodel;

import org.losslandscape.model.Parameter;

import java.util.Objects;

/**
 * The loss over a plane of two parameters through a point, sampled on a rectangular grid.
 *
 * <p>Index order: {@code losses[row * width() + column]} is the loss at
 * ({@code xValues[column]}, {@code yValues[row]}). Row 0 is the smallest y value, so a
 * picture with y pointing up draws row 0 at the bottom.
 *
 * <p>The arrays are owned by this record and never modified after construction; callers
 * must not modify them either. {@code equals} compares the arrays by reference, as records do.
 *
 * @param xParameter the parameter along the columns
 * @param yParameter the parameter along the rows
 * @param xValues    the column values, ascending
 * @param yValues    the row values, ascending
 * @param losses     the losses, row-major, {@code xValues.length * yValues.length} entries
 * @param min        the smallest loss in {@code losses}
 * @param max        the largest loss in {@code losses}
 */
public record LossMap(Parameter xParameter, Parameter yParameter, double[] xValues, double[] yValues,
                      double[] losses, double min, double max) {

    /**
     * Checks that the arrays are present and that {@code losses} has one entry per cell.
     *
     * @throws IllegalArgumentException if an axis is empty or the number of losses is wrong
     */
    public LossMap {
        Objects.requireNonNull(xParameter, "xParameter");
        Objects.requireNonNull(yParameter, "yParameter");
        Objects.requireNonNull(xValues, "xValues");
        Objects.requireNonNull(yValues, "yValues");
        Objects.requireNonNull(losses, "losses");
        if (xValues.length == 0 || yValues.length == 0) {
            throw new IllegalArgumentException("Invalid loss map of " + xValues.length + " × " + yValues.length
                    + " cells: each axis needs at least one value");
        }
        if (losses.length != xValues.length * yValues.length) {
            throw new IllegalArgumentException("Invalid loss map: " + xValues.length + " × " + yValues.length
                    + " cells need " + xValues.length * yValues.length + " losses, got " + losses.length);
        }
    }

    /** Returns the pair of parameters that span the map. */
    public ParameterPair pair() {
        return new ParameterPair(xParameter, yParameter);
    }

    /** Returns the number of columns, the length of {@code xValues}. */
    public int width() {
        return xValues.length;
    }

    /** Returns the number of rows, the length of {@code yValues}. */
    public int height() {
        return yValues.length;
    }

    /**
     * Returns the loss at {@code column} and {@code row}.
     *
     * @throws IndexOutOfBoundsException if either index lies outside the map
     */
    public double loss(int column, int row) {
        Objects.checkIndex(column, width());
        Objects.checkIndex(row, height());
        return losses[row * width() + column];
    }

    @Override
    public String toString() {
        return "LossMap[" + xParameter.key() + " × " + yParameter.key() + ", " + width() + " × " + height()
                + " cells, loss " + min + " to " + max + "]";
    }
}
