package org.losslandscape.view.text;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class TranslationsTest {

    private static final Locale BRAZILIAN_PORTUGUESE = Locale.forLanguageTag("pt-BR");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void portugueseHasEveryEnglishKey() throws IOException {
        Properties english = load("messages.properties");
        Properties portuguese = load("messages_pt_BR.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(portuguese.stringPropertyNames()));
    }

    @Test
    void portugueseUsesSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties portuguese = load("messages_pt_BR.properties");

        for (String key : english.stringPropertyNames()) {
            assertEquals(arguments(english.getProperty(key)), arguments(portuguese.getProperty(key)), key);
        }
    }

    @Test
    void portugueseFormatsNumbersWithComma() {
        Messages messages = Messages.forLocale(BRAZILIAN_PORTUGUESE);

        assertEquals("Perda = 0,2500", messages.format("loss.text", messages.number(0.25, 4)));
        assertEquals("w₁", messages.symbol(Parameter.W1));
    }

    @Test
    void tinyLossSwitchesToScientificNotation() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        assertEquals("0.2500", messages.loss(0.25));
        assertEquals("0.0001", messages.loss(0.00005));
        assertEquals("3.21e-05", messages.loss(0.0000321));
        assertEquals("0.0000", messages.loss(0));
    }

    @Test
    void parameterValueShowsThirdDecimalOnlyWhenNeeded() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);

        assertEquals("-3.80", messages.parameterValue(-4 + 1 * 0.2));
        assertEquals("0.175", messages.parameterValue(0.175));
        assertEquals("0.10", messages.parameterValue(0.1));
    }

    @Test
    void unknownLocaleFallsBackToEnglish() {
        Messages messages = Messages.forLocale(Locale.JAPANESE);

        assertEquals("Error", messages.get("chart.yAxis"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(matcher.group(1));
        }
        return indices;
    }
}
