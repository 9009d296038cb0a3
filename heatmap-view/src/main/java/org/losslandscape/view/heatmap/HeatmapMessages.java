package org.losslandscape.view.heatmap;

import org.losslandscape.model.Parameter;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The heatmap's user-visible strings, read from this module's {@code heatmap} resource
 * bundle. A translation is one more {@code heatmap_xx.properties} file beside it.
 *
 * <p>Immutable and safe to share between threads.
 */
final class HeatmapMessages {

    private static final String BUNDLE = "org.losslandscape.view.heatmap.heatmap";

    private final ResourceBundle bundle;
    private final Locale locale;

    private HeatmapMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for {@code locale}, falling back to English. */
    static HeatmapMessages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new HeatmapMessages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /**
     * Returns the string for {@code key}.
     *
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    String get(String key) {
        return bundle.getString(key);
    }

    /** Returns the string for {@code key} with {@link MessageFormat} arguments filled in. */
    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Returns the parameter's symbol with a subscript, such as "w₀". */
    String symbol(Parameter parameter) {
        return get("parameter." + parameter.key());
    }

    /** Formats {@code value} with {@code decimals} digits after the separator, in this locale. */
    String number(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
