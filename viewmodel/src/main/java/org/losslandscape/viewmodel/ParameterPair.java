package org.losslandscape.viewmodel;

import org.losslandscape.model.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two different parameters that span a plane through the current point: {@code x} varies
 * along the plane's horizontal axis, {@code y} along its vertical axis.
 *
 * @param x the parameter on the horizontal axis
 * @param y the parameter on the vertical axis, different from {@code x}
 */
public record ParameterPair(Parameter x, Parameter y) {

    /** The output unit's weight and bias, (w1, b1): the pair that the heatmap shows first. */
    public static final ParameterPair OUTPUT_LAYER = new ParameterPair(Parameter.W1, Parameter.B1);

    /**
     * Checks that both parameters are present and different.
     *
     * @throws IllegalArgumentException if {@code x} equals {@code y}
     */
    public ParameterPair {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x == y) {
            throw new IllegalArgumentException("Invalid pair (" + x.key() + ", " + y.key()
                    + "): the two parameters must differ");
        }
    }

    /** Returns the six pairs with {@code x} before {@code y} in axis order, (w0, b0) first. */
    public static List<ParameterPair> all() {
        List<ParameterPair> pairs = new ArrayList<>();
        Parameter[] parameters = Parameter.values();
        for (int i = 0; i < parameters.length; i++) {
            for (int j = i + 1; j < parameters.length; j++) {
                pairs.add(new ParameterPair(parameters[i], parameters[j]));
            }
        }
        return List.copyOf(pairs);
    }

    /** Returns {@code true} when {@code parameter} is {@code x} or {@code y}. */
    public boolean contains(Parameter parameter) {
        return x == parameter || y == parameter;
    }
}
