package org.losslandscape.view.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.view.text.Messages;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the bench command with a few samples per case and checks its output format, never its timings. */
class BenchCommandTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    /** Fits the 40⁴ grid (20.5 MB) but not the 100⁴ grid (800 MB), so the test allocates little. */
    private static final GridMemoryBudget SMALL_BUDGET = new GridMemoryBudget(64_000_000);
    private static final List<String> FIRST_FIELDS = List.of("name", "size", "median_ms", "p99_ms");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void benchPrintsOneJsonLinePerDocumentedCase() {
        int status = run("--samples", "3");

        assertEquals(0, status, stderr());
        List<String> cases = new ArrayList<>();
        for (String line : stdout().strip().split("\n")) {
            Map<String, String> fields = parseFlatJson(line);
            assertEquals(FIRST_FIELDS, new ArrayList<>(fields.keySet()).subList(0, 4), line);
            assertTrue(Double.parseDouble(fields.get("median_ms")) >= 0, line);
            assertTrue(Double.parseDouble(fields.get("p99_ms")) >= Double.parseDouble(fields.get("median_ms")), line);
            assertEquals("3", fields.get("samples"), line);
            cases.add(fields.get("name") + " " + Integer.parseInt(fields.get("size")));
        }
        assertEquals(List.of("\"grid\" 20", "\"grid\" 40", "\"slices\" 40", "\"slices\" 2001",
                "\"selection_to_slices\" 40", "\"selection_to_slices\" 2001"), cases);
    }

    @Test
    void gridOverBudgetIsSkippedWithOneLine() {
        run("--samples", "1");

        List<String> skipped = stderr().lines().filter(line -> line.contains("skipped")).toList();
        assertEquals(1, skipped.size(), stderr());
        assertTrue(skipped.get(0).contains("grid at size 100"), skipped.get(0));
        // 24,220,000 of the 10⁸ losses are stored; the other blocks share them.
        assertTrue(skipped.get(0).contains("193.8 MB"), skipped.get(0));
        assertEquals(1, stderr().lines().filter(line -> line.contains("size 100")).count(), stderr());
        assertFalse(stdout().contains("\"size\":100"), stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--fast", "--samples", "--samples=0", "--samples=many", "-1"})
    void invalidOptionIsUsageErrorWithOneLine(String option) {
        int status = run(option);

        assertEquals(Main.EXIT_USAGE, status);
        assertEquals(1, stderr().strip().lines().count(), stderr());
        assertTrue(stderr().startsWith("loss-explorer bench: "), stderr());
        assertEquals("", stdout());
    }

    @Test
    void mainDispatchesBenchAndHelpListsIt() {
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

        int badStatus = Main.run(new String[] {"bench", "--fast"}, ENGLISH, stdout, stderr);
        int helpStatus = Main.run(new String[] {"--help"}, ENGLISH, stdout, stderr);

        assertEquals(Main.EXIT_USAGE, badStatus);
        assertTrue(stderr().contains("unknown option '--fast'"), stderr());
        assertEquals(0, helpStatus);
        assertTrue(stdout().contains("loss-explorer bench [--quick] [--samples N]"), stdout());
    }

    @Test
    void percentileUsesNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < hundred.length; i++) {
            hundred[i] = i + 1;
        }

        assertEquals(50, BenchCommand.percentile(hundred, 0.5));
        assertEquals(99, BenchCommand.percentile(hundred, 0.99));
        assertEquals(7, BenchCommand.percentile(new long[] {3, 5, 7}, 0.99));
        assertEquals(5, BenchCommand.percentile(new long[] {3, 5, 7}, 0.5));
    }

    /**
     * Parses one JSON object with string and number values and no nesting, keeping the field
     * order. String values keep their quotes.
     */
    private static Map<String, String> parseFlatJson(String line) {
        assertTrue(line.startsWith("{"), "not a JSON object: " + line);
        assertTrue(line.endsWith("}"), "not a JSON object: " + line);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.substring(1, line.length() - 1).split(",")) {
            String[] keyValue = pair.split(":", 2);
            assertEquals(2, keyValue.length, "not a key and value: " + pair);
            String key = keyValue[0];
            assertTrue(key.startsWith("\"") && key.endsWith("\""), "unquoted key: " + key);
            String value = keyValue[1];
            assertTrue(value.startsWith("\"") || value.matches("-?\\d+(\\.\\d+)?"), "not a string or number: " + value);
            fields.put(key.substring(1, key.length() - 1), value);
        }
        return fields;
    }

    private int run(String... args) {
        return new BenchCommand(ENGLISH, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), SMALL_BUDGET).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
