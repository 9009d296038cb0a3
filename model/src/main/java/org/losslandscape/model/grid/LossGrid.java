package org.losslandscape.model.grid;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

import java.util.Objects;

/**
 * The loss at every point of a four-axis grid, stored flat in C order: the flat index of
 * (i, j, k, l) is {@code ((i·n1 + j)·n2 + k)·n3 + l}, with axes in order (w0, b0, w1, b1).
 *
 * <p>Instances are immutable once built by {@link LossGridComputer} and safe to read from any
 * thread, with one exception: a grid computed into {@link GridBuffers} is overwritten by the
 * second computation after it with the same buffers, and must not be read from then on.
 */
public final class LossGrid {

    private final GridAxes axes;
    private final double[] losses;
    private final int[] strides;

    /**
     * Wraps {@code losses} without copying. The caller hands over the array and must not
     * modify it afterwards.
     *
     * @throws IllegalArgumentException if the array length differs from the axes' point count
     */
    LossGrid(GridAxes axes, double[] losses) {
        this.axes = Objects.requireNonNull(axes, "axes");
        this.losses = Objects.requireNonNull(losses, "losses");
        if (losses.length != axes.pointCount()) {
            throw new IllegalArgumentException("Invalid loss array of length " + losses.length
                    + ": the axes need " + axes.pointCount());
        }
        int[] shape = axes.shape();
        strides = new int[] {shape[1] * shape[2] * shape[3], shape[2] * shape[3], shape[3], 1};
    }

    /** Returns the grid's axes. */
    public GridAxes axes() {
        return axes;
    }

    /** Returns the number of points, {@code losses.length}. */
    public int size() {
        return losses.length;
    }

    /**
     * Returns the loss at flat C-order position {@code flatIndex}.
     *
     * @throws IndexOutOfBoundsException if {@code flatIndex} is outside [0, size)
     */
    public double lossAt(int flatIndex) {
        Objects.checkIndex(flatIndex, losses.length);
        return losses[flatIndex];
    }

    /**
     * Returns the loss at {@code index}.
     *
     * @throws IndexOutOfBoundsException if any component lies outside its axis
     */
    public double loss(GridIndex index) {
        return losses[flatIndex(index)];
    }

    /** Returns the parameter values at {@code index}. */
    public ParameterPoint point(GridIndex index) {
        checkBounds(index);
        return new ParameterPoint(axes.w0().value(index.w0()), axes.b0().value(index.b0()),
                axes.w1().value(index.w1()), axes.b1().value(index.b1()));
    }

    /**
     * Returns the losses along {@code parameter}'s axis through {@code through}; the component of
     * {@code through} on that axis is ignored. Element i is the loss with that parameter at
     * axis value i.
     *
     * @return a new array of the axis's size
     * @throws IndexOutOfBoundsException if any other component lies outside its axis
     */
    public double[] slice(Parameter parameter, GridIndex through) {
        double[] out = new double[axes.axis(parameter).size()];
        slice(parameter, through, out);
        return out;
    }

    /**
     * Writes the losses along {@code parameter}'s axis through {@code through} into {@code out},
     * which is overwritten from position 0 and otherwise left alone.
     *
     * @throws IllegalArgumentException  if {@code out} is shorter than the axis
     * @throws IndexOutOfBoundsException if any other component lies outside its axis
     */
    public void slice(Parameter parameter, GridIndex through, double[] out) {
        int size = axes.axis(parameter).size();
        if (out.length < size) {
            throw new IllegalArgumentException("Output array of length " + out.length
                    + " is shorter than the " + parameter.key() + " axis of size " + size);
        }
        int base = flatIndex(through.with(parameter, 0));
        int stride = strides[parameter.ordinal()];
        for (int i = 0; i < size; i++) {
            out[i] = losses[base + i * stride];
        }
    }

    /** Returns the index of the smallest loss; the first in C order on ties. */
    public GridIndex argmin() {
        int best = 0;
        for (int i = 1; i < losses.length; i++) {
            if (losses[i] < losses[best]) {
                best = i;
            }
        }
        return unflatten(best);
    }

    /** Returns the index of the largest loss; the first in C order on ties. */
    public GridIndex argmax() {
        int best = 0;
        for (int i = 1; i < losses.length; i++) {
            if (losses[i] > losses[best]) {
                best = i;
            }
        }
        return unflatten(best);
    }

    /** Returns the flat C-order position of {@code index}. */
    public int flatIndex(GridIndex index) {
        checkBounds(index);
        return index.w0() * strides[0] + index.b0() * strides[1] + index.w1() * strides[2] + index.b1();
    }

    /** Returns the grid index of flat C-order position {@code flatIndex}. */
    public GridIndex unflatten(int flatIndex) {
        Objects.checkIndex(flatIndex, losses.length);
        int w0 = flatIndex / strides[0];
        int rest = flatIndex % strides[0];
        int b0 = rest / strides[1];
        rest %= strides[1];
        return new GridIndex(w0, b0, rest / strides[2], rest % strides[2]);
    }

    private void checkBounds(GridIndex index) {
        for (Parameter parameter : Parameter.values()) {
            int i = index.get(parameter);
            int size = axes.axis(parameter).size();
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("Invalid " + parameter.key() + " index " + i
                        + ": expected 0 to " + (size - 1));
            }
        }
    }
}
