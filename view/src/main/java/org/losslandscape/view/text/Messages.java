package org.losslandscape.view.text;

import org.losslandscape.model.Parameter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The user-visible strings of the explorer, read from the {@code messages} resource bundle.
 * A translation is one more {@code messages_xx.properties} file beside it.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Messages {

    private static final String BUNDLE = "org.losslandscape.view.text.messages";
    /** Losses below this round to 0.0000 with four decimals. */
    private static final double SMALLEST_FOUR_DECIMAL_LOSS = 0.00005;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for {@code locale}, falling back to English. */
    public static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** Loads the bundle for the default locale. */
    public static Messages forDefaultLocale() {
        return forLocale(Locale.getDefault());
    }

    /** Returns the locale used for number formats. */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the string for {@code key}.
     *
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** Returns the string for {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Returns the parameter's symbol with a subscript, such as "w₀". */
    public String symbol(Parameter parameter) {
        return get("parameter." + parameter.key());
    }

    /**
     * Formats a loss with four decimals, the lecture's precision, or with three significant
     * digits in scientific notation when it is positive but would round to 0.0000.
     */
    public String loss(double value) {
        if (value > 0 && value < SMALLEST_FOUR_DECIMAL_LOSS) {
            return String.format(locale, "%.2e", value);
        }
        return number(value, 4);
    }

    /**
     * Formats a parameter value with two decimals, enough for every grid value of 0.01 or
     * coarser, or with three when two would hide a digit, as on a continuous slider.
     */
    public String parameterValue(double value) {
        double hundredths = value * 100;
        boolean twoSuffice = Math.abs(hundredths - Math.rint(hundredths)) < 1e-6;
        return number(value, twoSuffice ? 2 : 3);
    }

    /** Formats {@code value} with {@code decimals} digits after the separator, in this locale. */
    public String number(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
