package org.losslandscape.model.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridExporterTest {

    private static final int NPY_PREAMBLE = 10;

    private static final LossGrid SMALL = LossGridComputer.compute(TinyNetwork.lecture(),
            GridAxes.uniform(new ParameterAxis(0, 1, 1)));

    private static LossGrid lecture;

    @TempDir
    Path directory;

    @BeforeAll
    static void computeGrid() {
        lecture = LossGridComputer.compute(TinyNetwork.lecture(), GridAxes.LECTURE);
    }

    @Test
    void npyHeaderDescribesFloat64CArrayOfGridShape() throws IOException {
        Path file = directory.resolve("grid.npy");

        GridExporter.write(lecture, file);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, NPY_PREAMBLE, headerLength, StandardCharsets.US_ASCII);
        assertEquals(0, (NPY_PREAMBLE + headerLength) % 64, "data starts on a 64-byte boundary");
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (40, 40, 40, 40), }"), header);
        assertTrue(header.endsWith("\n"), header);
        assertEquals(NPY_PREAMBLE + headerLength + 8L * 40 * 40 * 40 * 40, bytes.length);
    }

    @Test
    void npyValuesReadBackInCOrder() throws IOException {
        Path file = directory.resolve("grid.npy");

        GridExporter.write(lecture, file);

        byte[] bytes = Files.readAllBytes(file);
        int dataStart = NPY_PREAMBLE + ((bytes[8] & 0xff) | (bytes[9] & 0xff) << 8);
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, bytes.length - dataStart).slice().order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < lecture.size(); i++) {
            assertEquals(lecture.lossAt(i), data.getDouble(i * 8), 0.0);
        }
        GridIndex centre = new GridIndex(20, 20, 20, 20);
        assertEquals(0.25, data.getDouble(lecture.flatIndex(centre) * 8), 1e-12);
    }

    @Test
    void csvHasHeaderAndOneRowPerPoint() throws IOException {
        ParameterAxis small = new ParameterAxis(-1, 0.5, 3);
        LossGrid grid = LossGridComputer.compute(TinyNetwork.lecture(), GridAxes.uniform(small));
        Path file = directory.resolve("grid.CSV");

        GridExporter.write(grid, file);

        List<String> lines = Files.readAllLines(file);
        assertEquals("w0,b0,w1,b1,loss", lines.get(0));
        assertEquals(1 + 81, lines.size());
        String[] first = lines.get(1).split(",");
        assertArrayEquals(new String[] {"-1.0", "-1.0", "-1.0", "-1.0"}, java.util.Arrays.copyOf(first, 4));
        assertEquals(TinyNetwork.lecture().loss(-1, -1, -1, -1), Double.parseDouble(first[4]), 0.0);
        String[] last = lines.get(81).split(",");
        assertEquals("0.0", last[0]);
        assertEquals(grid.lossAt(80), Double.parseDouble(last[4]), 0.0);
    }

    @Test
    void lectureCsvRowsMatchGrid() throws IOException {
        Path file = directory.resolve("grid.csv");

        GridExporter.write(lecture, file);

        try (BufferedReader reader = Files.newBufferedReader(file)) {
            assertEquals("w0,b0,w1,b1,loss", reader.readLine());
            int row = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                assertEquals(lecture.lossAt(row), Double.parseDouble(cells[4]), 0.0);
                row++;
            }
            assertEquals(lecture.size(), row);
        }
    }

    @Test
    void unknownExtensionIsRejectedAndWritesNothing() {
        Path file = directory.resolve("grid.txt");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GridExporter.write(lecture, file));

        assertTrue(error.getMessage().contains("grid.txt"), error.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void missingDirectoryIsRejected() {
        Path file = directory.resolve("absent").resolve("grid.npy");

        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> GridExporter.write(lecture, file));

        assertTrue(error.getMessage().contains("absent"), error.getMessage());
    }

    @Test
    void directoryAsTargetIsRejectedAndKept() throws IOException {
        Path target = Files.createDirectory(directory.resolve("out.npy"));

        assertThrows(FileSystemException.class, () -> GridExporter.write(lecture, target));

        assertTrue(Files.isDirectory(target));
        assertNoLeftovers();
    }

    @Test
    void parentThatIsAFileIsRejected() throws IOException {
        Path parent = Files.writeString(directory.resolve("plain"), "x");

        assertThrows(IOException.class, () -> GridExporter.write(lecture, parent.resolve("grid.npy")));

        assertEquals("x", Files.readString(parent));
    }

    @Test
    void existingFileIsReplacedWhole() throws IOException {
        Path file = Files.writeString(directory.resolve("grid.npy"), "old content that is longer than nothing");

        GridExporter.write(LossGridComputer.compute(TinyNetwork.lecture(), GridAxes.uniform(new ParameterAxis(0, 1, 1))), file);

        assertEquals(NPY_PREAMBLE + 118 + 8, Files.size(file));
        assertNoLeftovers();
    }

    @Test
    void symbolicLinkIsKeptAndItsFileReplaced() throws IOException {
        Path real = Files.writeString(directory.resolve("real.npy"), "old");
        Path link = Files.createSymbolicLink(directory.resolve("link.npy"), real);

        GridExporter.write(SMALL, link);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(NPY_PREAMBLE + 118 + 8, Files.size(real));
        assertNoLeftovers();
    }

    @Test
    void existingFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(directory.resolve("grid.npy"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, mode);

        GridExporter.write(SMALL, file);

        assertEquals(mode, Files.getPosixFilePermissions(file));
    }

    @Test
    void newFileGetsModeOfAnyNewFile() throws IOException {
        Path file = directory.resolve("grid.npy");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(directory.resolve("plain")));

        GridExporter.write(SMALL, file);

        // Files.createTempFile would give rw------- whatever the umask; an export follows the umask.
        assertEquals(usual, Files.getPosixFilePermissions(file));
    }

    @Test
    void readOnlyFileIsRejectedAndKept() throws IOException {
        Path file = Files.writeString(directory.resolve("grid.csv"), "keep");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "permissions are not enforced for this user");

        AccessDeniedException error = assertThrows(AccessDeniedException.class, () -> GridExporter.write(SMALL, file));

        assertTrue(error.getMessage().contains("grid.csv"), error.getMessage());
        assertEquals("keep", Files.readString(file));
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
