package org.losslandscape.model.slice;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.Objects;

/**
 * Computes 1-D slices of the loss straight from the network's formula, with no grid: the
 * loss along one parameter's axis while the other three keep their values at a point.
 *
 * <p>The point may lie anywhere in parameter space, not only on grid values, and each axis
 * may have any size, so a slider can move continuously at chart resolution. A 40⁴ grid takes
 * 20 MB and 200⁴ would take 12.8 GB, while four slices of n points need 4·n losses.
 *
 * <p>Slices along w1 and b1 compute h = σ(w0·x + b0) once and one exponential per point.
 * Slices along w0 and b0 need two exponentials per point because h changes. Every value is
 * computed with the operations of {@link TinyNetwork#loss(double, double, double, double)}
 * in the same order, so it equals that method's result exactly.
 *
 * <p>Methods that take an output array overwrite its first {@code axis.size()} elements and
 * leave the rest alone, so repeated calls with the same arrays allocate nothing.
 */
public final class SliceComputer {

    private SliceComputer() {
    }

    /**
     * Writes the loss along {@code parameter} through {@code through} into {@code out}: element
     * i is the loss at {@code through} with {@code parameter} set to {@code axis.value(i)}. The
     * component of {@code through} on that parameter is ignored.
     *
     * @param out overwritten from position 0 for {@code axis.size()} elements
     * @throws IllegalArgumentException if {@code out} is shorter than the axis, or a component
     *                                  of {@code through} other than {@code parameter} is NaN or
     *                                  infinite
     */
    public static void slice(TinyNetwork network, Parameter parameter, ParameterPoint through,
                             ParameterAxis axis, double[] out) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(axis, "axis");
        checkPoint(parameter, through);
        checkOutput(parameter, axis, out);
        switch (parameter) {
            case W0 -> sliceW0(network, through, axis, out);
            case B0 -> sliceB0(network, through, axis, out);
            case W1 -> sliceW1(network, through, axis, out);
            case B1 -> sliceB1(network, through, axis, out);
        }
    }

    /**
     * Returns the loss along {@code parameter} through {@code through} as a new array of
     * {@code axis.size()} elements, as {@link #slice(TinyNetwork, Parameter, ParameterPoint,
     * ParameterAxis, double[])} computes it.
     */
    public static double[] slice(TinyNetwork network, Parameter parameter, ParameterPoint through, ParameterAxis axis) {
        double[] out = new double[axis.size()];
        slice(network, parameter, through, axis, out);
        return out;
    }

    /**
     * Writes the four slices through {@code through}, each along its own axis of {@code axes}.
     *
     * @param out four arrays in axis order (w0, b0, w1, b1); array p is overwritten from
     *            position 0 for the size of axis p
     * @throws IllegalArgumentException if {@code out} does not hold four arrays, one of them is
     *                                  shorter than its axis, or {@code through} is not finite
     */
    public static void slices(TinyNetwork network, ParameterPoint through, GridAxes axes, double[][] out) {
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(out, "out");
        if (out.length != Parameter.COUNT) {
            throw new IllegalArgumentException("Invalid output of " + out.length + " arrays: expected one per parameter, "
                    + Parameter.COUNT);
        }
        for (Parameter parameter : Parameter.values()) {
            slice(network, parameter, through, axes.axis(parameter), out[parameter.ordinal()]);
        }
    }

    private static void sliceW0(TinyNetwork network, ParameterPoint through, ParameterAxis axis, double[] out) {
        double b0 = through.b0();
        double w1 = through.w1();
        double b1 = through.b1();
        for (int i = 0; i < axis.size(); i++) {
            out[i] = network.loss(axis.start() + i * axis.step(), b0, w1, b1);
        }
    }

    private static void sliceB0(TinyNetwork network, ParameterPoint through, ParameterAxis axis, double[] out) {
        double w0 = through.w0();
        double w1 = through.w1();
        double b1 = through.b1();
        for (int i = 0; i < axis.size(); i++) {
            out[i] = network.loss(w0, axis.start() + i * axis.step(), w1, b1);
        }
    }

    private static void sliceW1(TinyNetwork network, ParameterPoint through, ParameterAxis axis, double[] out) {
        double h = network.hidden(through.w0(), through.b0());
        double y = network.target();
        double b1 = through.b1();
        for (int i = 0; i < axis.size(); i++) {
            double error = y - TinyNetwork.sigmoid((axis.start() + i * axis.step()) * h + b1);
            out[i] = error * error;
        }
    }

    private static void sliceB1(TinyNetwork network, ParameterPoint through, ParameterAxis axis, double[] out) {
        double w1h = through.w1() * network.hidden(through.w0(), through.b0());
        double y = network.target();
        for (int i = 0; i < axis.size(); i++) {
            double error = y - TinyNetwork.sigmoid(w1h + (axis.start() + i * axis.step()));
            out[i] = error * error;
        }
    }

    private static void checkPoint(Parameter parameter, ParameterPoint through) {
        Objects.requireNonNull(through, "through");
        for (Parameter other : Parameter.values()) {
            double value = through.get(other);
            if (other != parameter && !Double.isFinite(value)) {
                throw new IllegalArgumentException("Invalid " + other.key() + " = " + value
                        + " in the point to slice through: expected a finite number");
            }
        }
    }

    private static void checkOutput(Parameter parameter, ParameterAxis axis, double[] out) {
        Objects.requireNonNull(out, "out");
        if (out.length < axis.size()) {
            throw new IllegalArgumentException("Output array of length " + out.length
                    + " is shorter than the " + parameter.key() + " slice of " + axis.size() + " points");
        }
    }
}
