package org.losslandscape.model.training;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tunable value of an optimizer: its key, its default and its valid range, enough to
 * build an edit form. {@link OptimizerKind#hyperParameters()} lists them per optimizer.
 *
 * <p>A range end is either included ({@code [}, {@code ]}) or excluded ({@code (}, {@code )}).
 * An excluded infinite end, as in (0, infinity), admits every finite value above the other end.
 *
 * @param key          ASCII identifier such as {@code "learningRate"}, for resource keys and files
 * @param defaultValue value in {@link OptimizerKind#defaultSettings()}, inside the range
 * @param min          lower end of the valid range
 * @param minInclusive {@code true} when {@code min} itself is valid
 * @param max          upper end of the valid range, above {@code min}
 * @param maxInclusive {@code true} when {@code max} itself is valid
 */
public record HyperParameter(
        String key, double defaultValue, double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** Key of the learning rate lr, the step size of every optimizer here. */
    public static final String LEARNING_RATE = "learningRate";

    /** Key of the momentum coefficient μ of momentum and Nesterov momentum. */
    public static final String MOMENTUM = "momentum";

    /** Key of RMSProp's smoothing constant α, the decay rate of the squared-gradient average. */
    public static final String ALPHA = "alpha";

    /** Key of Adam's β1, the decay rate of the first-moment estimate. */
    public static final String BETA1 = "beta1";

    /** Key of Adam's β2, the decay rate of the second-moment estimate. */
    public static final String BETA2 = "beta2";

    /** Key of ε, the term added to the denominator of RMSProp and Adam to avoid division by zero. */
    public static final String EPSILON = "epsilon";

    private static final Pattern ASCII_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Validates the definition.
     *
     * @throws IllegalArgumentException if the key is not a lower camel case ASCII word, the range
     *                                  is empty or NaN, or the default lies outside the range
     */
    public HyperParameter {
        Objects.requireNonNull(key, "key");
        if (!ASCII_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "Invalid hyper-parameter key '" + key + "': expected lower camel case ASCII letters and digits");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException(
                    "Invalid range for " + key + ": min " + min + " must be below max " + max);
        }
        if (!accepts(defaultValue, min, minInclusive, max, maxInclusive)) {
            throw new IllegalArgumentException("Invalid default " + key + " = " + defaultValue
                    + ": expected a value in " + formatRange(min, minInclusive, max, maxInclusive));
        }
    }

    /** Creates a learning rate with range (0, infinity), so any finite positive value. */
    static HyperParameter learningRate(double defaultValue) {
        return new HyperParameter(LEARNING_RATE, defaultValue, 0.0, false, Double.POSITIVE_INFINITY, false);
    }

    /** Creates a decay rate or momentum coefficient with range [0, 1). */
    static HyperParameter decayRate(String key, double defaultValue) {
        return new HyperParameter(key, defaultValue, 0.0, true, 1.0, false);
    }

    /** Creates an ε with range (0, infinity). */
    static HyperParameter epsilon(double defaultValue) {
        return new HyperParameter(EPSILON, defaultValue, 0.0, false, Double.POSITIVE_INFINITY, false);
    }

    /** Returns {@code true} when {@code value} lies in the valid range. NaN never does. */
    public boolean accepts(double value) {
        return accepts(value, min, minInclusive, max, maxInclusive);
    }

    /**
     * Returns {@code value} unchanged when it lies in the valid range.
     *
     * @throws IllegalArgumentException naming the key, the value and the range otherwise
     */
    public double validate(double value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException(
                    "Invalid " + key + " = " + value + ": expected a value in " + rangeText());
        }
        return value;
    }

    /** Formats the valid range in interval notation, such as {@code "[0, 1)"} or {@code "(0, infinity)"}. */
    public String rangeText() {
        return formatRange(min, minInclusive, max, maxInclusive);
    }

    private static boolean accepts(double value, double min, boolean minInclusive, double max, boolean maxInclusive) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    private static String formatRange(double min, boolean minInclusive, double max, boolean maxInclusive) {
        return (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
    }

    private static String format(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "infinity";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
