package org.losslandscape.view.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Formats and parses the numbers that users type into the training panel: plain decimals such
 * as {@code 0.25} for everyday sizes, exponent notation such as {@code 1e-8} for very small or
 * large ones. Stateless and safe to call from any thread.
 */
final class NumberText {

    private static final MathContext SIGNIFICANT_DIGITS = new MathContext(6);
    /** Minimum magnitude written as a plain decimal. */
    private static final double MIN_PLAIN = 1e-3;
    /** Magnitude from which numbers are written with an exponent. */
    private static final double MAX_PLAIN_EXCLUSIVE = 1e5;

    private NumberText() {
    }

    /** Formats {@code value} with at most six significant digits and no trailing zeros. */
    static String format(double value) {
        // NOTE: writes a point even where the locale writes a decimal comma, such as Portuguese; parse accepts both.
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros();
        if (value == 0 || (magnitude >= MIN_PLAIN && magnitude < MAX_PLAIN_EXCLUSIVE)) {
            return rounded.toPlainString();
        }
        String mantissa = rounded.unscaledValue().toString();
        boolean negative = mantissa.startsWith("-");
        String digits = negative ? mantissa.substring(1) : mantissa;
        int exponent = digits.length() - 1 - rounded.scale();
        String fraction = digits.length() > 1 ? "." + digits.substring(1) : "";
        return (negative ? "-" : "") + digits.charAt(0) + fraction + "e" + exponent;
    }

    /**
     * Parses a decimal with an optional exponent, ignoring surrounding spaces and accepting the
     * minus sign U+2212 as well as the hyphen.
     *
     * @return the value, or empty when {@code text} is no finite number
     */
    static OptionalDouble parse(String text) {
        // A single comma is read as the decimal separator, as Portuguese and many other locales
        // write it, so "0,5" and "0.5" both mean one half. No number here needs a thousands separator.
        String trimmed = text.strip().replace('\u2212', '-').replace(',', '.').toLowerCase(Locale.ROOT);
        if (!trimmed.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
