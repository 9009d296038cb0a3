package org.losslandscape.model.grid;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

import java.util.Objects;

/**
 * The loss at every point of a four-axis grid, addressed in C order: the flat index of
 * (i, j, k, l) is {@code ((i·n1 + j)·n2 + k)·n3 + l}, with axes in order (w0, b0, w1, b1).
 *
 * <p>The losses are stored by block, a block being the n2·n3 losses of one (w0, b0) pair in
 * C order. Blocks whose hidden activations have the same bits have the same losses, so they
 * share one stored block (see {@link DistinctBlocks}): the lecture's grid stores 797 of its
 * 1,600 blocks. Every read returns the loss of its own point, whatever the sharing.
 *
 * <p>Instances are immutable once built by {@link LossGridComputer} and safe to read from any
 * thread, with one exception: a grid computed into {@link GridBuffers} is overwritten by the
 * second computation after it with the same buffers, and must not be read from then on.
 */
public final class LossGrid {

    private final GridAxes axes;
    private final double[] stored;
    private final int[] blockStart;
    private final int blockPoints;
    private final int size;
    private final int[] strides;

    /**
     * Wraps {@code stored} and {@code storageOf} without copying. The caller hands both over
     * and must not modify them afterwards.
     *
     * @param stored    the stored blocks one after the other, at least as many losses as the
     *                  largest entry of {@code storageOf} needs
     * @param storageOf the stored block of each (w0, b0) block, in block order
     * @throws IllegalArgumentException if the arrays do not fit the axes
     */
    LossGrid(GridAxes axes, double[] stored, int[] storageOf) {
        this.axes = Objects.requireNonNull(axes, "axes");
        this.stored = Objects.requireNonNull(stored, "stored");
        int[] shape = axes.shape();
        this.blockPoints = shape[2] * shape[3];
        this.size = Math.toIntExact(axes.pointCount());
        if (storageOf.length != shape[0] * shape[1]) {
            throw new IllegalArgumentException("Invalid block table of length " + storageOf.length
                    + ": the axes have " + shape[0] * shape[1] + " blocks");
        }
        this.blockStart = new int[storageOf.length];
        for (int b = 0; b < storageOf.length; b++) {
            long start = (long) storageOf[b] * blockPoints;
            if (storageOf[b] < 0 || start + blockPoints > stored.length) {
                throw new IllegalArgumentException("Invalid stored block " + storageOf[b] + " for block " + b
                        + ": only " + stored.length / blockPoints + " blocks are stored");
            }
            blockStart[b] = (int) start;
        }
        strides = new int[] {shape[1] * blockPoints, blockPoints, shape[3], 1};
    }

    /** Returns the grid's axes. */
    public GridAxes axes() {
        return axes;
    }

    /** Returns the number of points, the product of the axis sizes. */
    public int size() {
        return size;
    }

    /**
     * Returns the number of losses stored, {@link #size()} less the points of blocks that share
     * an earlier block's losses.
     */
    public int storedSize() {
        int distinct = 0;
        int next = 0;
        for (int start : blockStart) {
            if (start == next) {
                distinct++;
                next += blockPoints;
            }
        }
        return distinct * blockPoints;
    }

    /**
     * Returns the loss at flat C-order position {@code flatIndex}.
     *
     * @throws IndexOutOfBoundsException if {@code flatIndex} is outside [0, size)
     */
    public double lossAt(int flatIndex) {
        Objects.checkIndex(flatIndex, size);
        return stored[blockStart[flatIndex / blockPoints] + flatIndex % blockPoints];
    }

    /**
     * Returns the loss at {@code index}.
     *
     * @throws IndexOutOfBoundsException if any component lies outside its axis
     */
    public double loss(GridIndex index) {
        checkBounds(index);
        return stored[blockStart[index.w0() * axes.b0().size() + index.b0()] + index.w1() * strides[2] + index.b1()];
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
            out[i] = lossAt(base + i * stride);
        }
    }

    /** Returns the index of the smallest loss; the first in C order on ties. */
    public GridIndex argmin() {
        return extreme(-1);
    }

    /** Returns the index of the largest loss; the first in C order on ties. */
    public GridIndex argmax() {
        return extreme(1);
    }

    /**
     * Returns the first point in C order with the largest loss for {@code sign} 1, or the
     * smallest for −1. Blocks that share an earlier block's losses are skipped: their losses
     * equal the earlier ones, so none of them can be strictly better.
     */
    private GridIndex extreme(int sign) {
        int best = 0;
        double bestValue = stored[blockStart[0]];
        int nextNewStart = 0;
        for (int b = 0; b < blockStart.length; b++) {
            int start = blockStart[b];
            if (start != nextNewStart) {
                continue;
            }
            nextNewStart += blockPoints;
            for (int i = 0; i < blockPoints; i++) {
                double value = stored[start + i];
                if (sign > 0 ? value > bestValue : value < bestValue) {
                    best = b * blockPoints + i;
                    bestValue = value;
                }
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
        Objects.checkIndex(flatIndex, size);
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
