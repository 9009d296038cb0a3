package org.losslandscape.model.grid;

/**
 * Evenly spaced values of one parameter: value i is {@code start + i·step} for i in [0, size).
 *
 * <p>Each value is computed from its index, never by adding steps, so value 39 of the lecture
 * axis carries one rounding error, not 39.
 *
 * @param start value at index 0
 * @param step  distance between neighbouring values, positive
 * @param size  number of values, at least 1
 */
public record ParameterAxis(double start, double step, int size) {

    /** The lecture's axis, {@code np.arange(-4, 4, 0.2)}: 40 values from −4 in steps of 0.2. */
    public static final ParameterAxis LECTURE = new ParameterAxis(-4.0, 0.2, 40);

    /**
     * Validates the axis.
     *
     * @throws IllegalArgumentException if {@code start} is not finite, {@code step} is not a
     *                                  finite positive number or {@code size} is below 1
     */
    public ParameterAxis {
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("Invalid axis start " + start + ": expected a finite number");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("Invalid axis step " + step + ": expected a finite positive number");
        }
        if (size < 1) {
            throw new IllegalArgumentException("Invalid axis size " + size + ": an axis needs at least one value");
        }
    }

    /**
     * Creates the axis of {@code size} values from {@code min} to {@code max}, both included.
     * A one-value axis contains {@code min} alone.
     *
     * @throws IllegalArgumentException if the bounds are not finite, {@code max <= min} while
     *                                  {@code size > 1}, or {@code size} is below 1
     */
    public static ParameterAxis spanning(double min, double max, int size) {
        if (size == 1) {
            return new ParameterAxis(min, 1.0, 1);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("Invalid range [" + min + ", " + max + "]: max must exceed min");
        }
        return new ParameterAxis(min, (max - min) / (size - 1), size);
    }

    /**
     * Returns value {@code index}, {@code start + index·step}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside [0, size)
     */
    public double value(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Invalid index " + index + ": expected 0 to " + (size - 1));
        }
        return start + index * step;
    }

    /** Returns the last value, {@code start + (size − 1)·step}. */
    public double last() {
        return start + (size - 1) * step;
    }

    /** Returns all values as a new array. */
    public double[] values() {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = start + i * step;
        }
        return values;
    }

    /** Returns the index whose value lies nearest to {@code value}, clamped to [0, size). */
    public int nearestIndex(double value) {
        double position = Math.rint((value - start) / step);
        if (!(position > 0)) {
            return 0;
        }
        return (int) Math.min(size - 1, position);
    }
}
