package org.losslandscape.view.heatmap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class HeatmapTranslationsTest {

    @Test
    void portugueseHasEveryEnglishKey() throws IOException {
        Properties english = load("heatmap.properties");
        Properties portuguese = load("heatmap_pt_BR.properties");

        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(portuguese.stringPropertyNames()));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HeatmapMessages.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
