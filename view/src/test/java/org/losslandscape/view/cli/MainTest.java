package org.losslandscape.view.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.view.text.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @BeforeEach
    void clearStreams() {
        out.reset();
        err.reset();
    }

    @Test
    void exportWritesNpyWithOneConfirmationLine() throws IOException {
        Path file = directory.resolve("grid.npy");

        int status = run("export", "--output", file.toString());

        assertEquals(0, status);
        assertEquals(10 + 118 + 8L * 40 * 40 * 40 * 40, Files.size(file));
        assertEquals("Wrote 2560000 grid points to " + file, stdout().strip());
        assertEquals("", stderr());
    }

    @Test
    void exportAcceptsEqualsFormAndCsv() throws IOException {
        Path file = directory.resolve("grid.csv");

        int status = run("export", "--output=" + file);

        assertEquals(0, status);
        assertEquals("w0,b0,w1,b1,loss", Files.readAllLines(file).get(0));
    }

    @Test
    void unknownExtensionFailsWithOneLineAndNoFile() throws IOException {
        Path file = directory.resolve("grid.json");

        int status = run("export", "--output", file.toString());

        assertEquals(Main.EXIT_USAGE, status);
        assertOneLine(stderr(), "unsupported file type");
        assertTrue(stderr().contains("grid.json"), stderr());
        assertDirectoryEmpty();
    }

    @Test
    void missingDirectoryFailsWithOneLine() {
        Path file = directory.resolve("no-such-dir").resolve("grid.npy");

        int status = run("export", "--output", file.toString());

        assertEquals(ExportCommand.EXIT_FAILED, status);
        assertOneLine(stderr(), "directory not found");
        assertTrue(stderr().contains("no-such-dir"), stderr());
        assertFalse(Files.exists(file));
    }

    @Test
    void directoryAsOutputFailsAndIsKept() throws IOException {
        Path target = Files.createDirectory(directory.resolve("out.npy"));

        int status = run("export", "--output", target.toString());

        assertEquals(ExportCommand.EXIT_FAILED, status);
        assertOneLine(stderr(), "is a directory");
        assertTrue(Files.isDirectory(target));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(1, files.count(), "no temporary file left beside the directory");
        }
    }

    @Test
    void unwritableDirectoryFailsWithOneLine() throws IOException {
        Path locked = Files.createDirectory(directory.resolve("locked"));
        boolean lockedForUs = locked.toFile().setWritable(false, false) && !Files.isWritable(locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(lockedForUs, "permissions are not enforced for this user");

        int status = run("export", "--output", locked.resolve("grid.npy").toString());

        locked.toFile().setWritable(true, false);
        assertEquals(ExportCommand.EXIT_FAILED, status);
        assertOneLine(stderr(), "permission denied");
    }

    @Test
    void parentThatIsAFileFailsWithOneLine() throws IOException {
        Path plain = Files.writeString(directory.resolve("plain.txt"), "keep me");

        int status = run("export", "--output", plain.resolve("grid.npy").toString());

        assertEquals(ExportCommand.EXIT_FAILED, status);
        assertOneLine(stderr(), "directory not found");
        assertEquals("keep me", Files.readString(plain));
    }

    @Test
    void directoryRejectingNewFilesFailsWithOneLine() {
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc");

        int status = run("export", "--output", proc.resolve("grid.npy").toString());

        assertEquals(ExportCommand.EXIT_FAILED, status);
        assertOneLine(stderr(), "cannot create a file in /proc");
    }

    @Test
    void missingOutputIsUsageError() {
        assertEquals(Main.EXIT_USAGE, run("export"));
        assertOneLine(stderr(), "missing --output FILE");

        err.reset();
        assertEquals(Main.EXIT_USAGE, run("export", "--output"));
        assertOneLine(stderr(), "missing --output FILE");
    }

    @Test
    void secondOutputIsUsageErrorAndWritesNothing() throws IOException {
        int status = run("export", "--output", directory.resolve("a.npy").toString(),
                "--output", directory.resolve("b.npy").toString());

        assertEquals(Main.EXIT_USAGE, status);
        assertOneLine(stderr(), "--output given more than once");
        assertDirectoryEmpty();
    }

    @Test
    void optionInPlaceOfFileIsMissingOutput() {
        int status = run("export", "--output", "--help");

        assertEquals(Main.EXIT_USAGE, status);
        assertOneLine(stderr(), "missing --output FILE");
    }

    @Test
    void exportHelpPrintsUsage() {
        int status = run("export", "--help");

        assertEquals(0, status);
        assertTrue(stdout().contains("loss-explorer export --output FILE"), stdout());
        assertEquals("", stderr());
    }

    @Test
    void unknownOptionIsUsageError() {
        int status = run("export", "--format", "npy");

        assertEquals(Main.EXIT_USAGE, status);
        assertOneLine(stderr(), "unknown option '--format'");
    }

    @Test
    void unknownCommandIsUsageError() {
        int status = run("plot");

        assertEquals(Main.EXIT_USAGE, status);
        assertOneLine(stderr(), "unknown command 'plot'");
    }

    @Test
    void helpListsCommands() {
        int status = run("--help");

        assertEquals(0, status);
        assertTrue(stdout().contains("loss-explorer export --output FILE"), stdout());
        assertFalse(stdout().contains("''"), "MessageFormat quotes must be unescaped: " + stdout());
    }

    @Test
    void missingDisplayIsDetectedOnLinuxOnly() {
        Map<String, String> none = Map.of();

        assertEquals("DISPLAY is not set", Main.missingDisplay("Linux", null, none).orElseThrow());
        assertTrue(Main.missingDisplay("Linux", null, Map.of("DISPLAY", ":0")).isEmpty());
        assertTrue(Main.missingDisplay("Linux", null, Map.of("WAYLAND_DISPLAY", "wayland-0")).isEmpty());
        assertTrue(Main.missingDisplay("Linux", "Monocle", none).isEmpty());
        assertTrue(Main.missingDisplay("Windows 11", null, none).isEmpty());
    }

    private int run(String... args) {
        return Main.run(args, ENGLISH, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void assertOneLine(String text, String expectedPart) {
        assertEquals(1, text.strip().lines().count(), "expected one line: " + text);
        assertTrue(text.contains(expectedPart), "expected '" + expectedPart + "' in: " + text);
    }

    private void assertDirectoryEmpty() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }
}
