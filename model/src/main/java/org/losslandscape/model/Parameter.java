package org.losslandscape.model;

/**
 * The four trainable parameters of {@link TinyNetwork}, in grid axis order.
 *
 * <p>{@link #ordinal()} is the axis number in every grid and array of this project:
 * w0 is axis 0, b0 axis 1, w1 axis 2 and b1 axis 3.
 */
public enum Parameter {
    /** Weight of the hidden unit, applied to the input x. */
    W0("w0"),
    /** Bias of the hidden unit. */
    B0("b0"),
    /** Weight of the output unit, applied to the hidden activation h. */
    W1("w1"),
    /** Bias of the output unit. */
    B1("b1");

    /** Number of parameters, and so of grid axes. */
    public static final int COUNT = 4;

    private final String key;

    Parameter(String key) {
        this.key = key;
    }

    /** Returns the ASCII identifier used in file headers and resource keys, such as {@code "w0"}. */
    public String key() {
        return key;
    }

    /**
     * Returns the parameter on axis {@code axis}.
     *
     * @throws IllegalArgumentException if {@code axis} is outside [0, 3]
     */
    public static Parameter ofAxis(int axis) {
        if (axis < 0 || axis >= COUNT) {
            throw new IllegalArgumentException("Invalid axis " + axis + ": expected 0 to " + (COUNT - 1));
        }
        return values()[axis];
    }
}
