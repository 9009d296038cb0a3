package org.losslandscape.model.export;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.ParameterAxis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a {@link LossGrid} to a file in the format its extension names.
 *
 * <p>The grid is first written to a hidden temporary file in the target's directory, which is
 * then renamed onto the target. A failed or interrupted export, Ctrl-C included, leaves the
 * target as it was and deletes the temporary file, so no partial file is ever left under the
 * requested name. Only a JVM killed outright (SIGKILL) can leave the hidden {@code .part} file.
 * An existing target keeps its permissions, and a target that is a symbolic link keeps the
 * link: the file it points to is replaced.
 */
public final class GridExporter {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final Random RANDOM = new SecureRandom();

    private GridExporter() {
    }

    /**
     * Writes {@code grid} to {@code target}, replacing any existing file.
     *
     * @throws IllegalArgumentException if the extension is neither {@code .npy} nor {@code .csv}
     * @throws NoSuchFileException      if the target's directory does not exist
     * @throws IOException              if the directory is not writable or writing fails
     */
    public static void write(LossGrid grid, Path target) throws IOException {
        ExportFormat format = ExportFormat.of(target).orElseThrow(() -> new IllegalArgumentException(
                "Unsupported file extension in '" + target.getFileName() + "': use .npy or .csv"));
        Path destination = destinationOf(target);
        Path directory = destination.getParent();
        Path temporary = directory.resolve("." + destination.getFileName() + "." + RANDOM.nextLong(Long.MAX_VALUE) + ".part");
        // Created like any new file, so its mode follows the user's umask rather than 0600.
        OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // Removed at JVM exit too, so Ctrl-C or SIGTERM during a long export leaves nothing behind.
        temporary.toFile().deleteOnExit();
        try {
            try (OutputStream out = stream) {
                switch (format) {
                    case NPY -> writeNpy(grid, out);
                    case CSV -> writeCsv(grid, out);
                }
            }
            keepPermissions(destination, temporary);
            moveIntoPlace(temporary, destination);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Returns the absolute path to write: {@code target}, or the file a symbolic link points to,
     * so that exporting through a link updates the linked file and keeps the link.
     *
     * @throws NoSuchFileException     if the directory does not exist
     * @throws FileSystemException     if the target is a directory
     * @throws AccessDeniedException   if the target exists and is read-only
     */
    private static Path destinationOf(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "directory does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a directory, expected a file name");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new AccessDeniedException(absolute.toString(), null, "the file is read-only");
        }
        return absolute;
    }

    /** Gives {@code temporary} the POSIX permissions of an existing {@code destination}, if both support them. */
    private static void keepPermissions(Path destination, Path temporary) throws IOException {
        if (Files.exists(destination)
                && Files.getFileStore(destination).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(destination));
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes the NumPy format 1.0: the magic string, the version, a little-endian header length,
     * a Python dict literal padded with spaces to a multiple of 64 bytes, then the raw data.
     */
    static void writeNpy(LossGrid grid, OutputStream out) throws IOException {
        out.write(npyHeader(grid.axes()));
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < grid.size(); i++) {
            if (!buffer.hasRemaining()) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putDouble(grid.lossAt(i));
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    /** Returns the complete NumPy 1.0 preamble for a float64 C-order array of the grid's shape. */
    static byte[] npyHeader(GridAxes axes) {
        int[] shape = axes.shape();
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': ("
                + shape[0] + ", " + shape[1] + ", " + shape[2] + ", " + shape[3] + "), }";
        int preamble = 10;
        int unpadded = preamble + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer bytes = ByteBuffer.allocate(preamble + header.length()).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII));
        bytes.put((byte) 1).put((byte) 0);
        bytes.putShort((short) header.length());
        bytes.put(header.getBytes(StandardCharsets.US_ASCII));
        return bytes.array();
    }

    /** Writes the CSV header and one row per point in C order, numbers in Java's shortest form. */
    static void writeCsv(LossGrid grid, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), BUFFER_BYTES);
        writer.write(csvHeader());
        GridAxes axes = grid.axes();
        String[][] labels = new String[Parameter.COUNT][];
        for (Parameter parameter : Parameter.values()) {
            labels[parameter.ordinal()] = axisLabels(axes.axis(parameter));
        }
        int[] shape = axes.shape();
        int flat = 0;
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                for (int k = 0; k < shape[2]; k++) {
                    String prefix = labels[0][i] + ',' + labels[1][j] + ',' + labels[2][k] + ',';
                    for (int l = 0; l < shape[3]; l++) {
                        writer.write(prefix);
                        writer.write(labels[3][l]);
                        writer.write(',');
                        writer.write(Double.toString(grid.lossAt(flat++)));
                        writer.write('\n');
                    }
                }
            }
        }
        writer.flush();
    }

    private static String csvHeader() {
        StringBuilder header = new StringBuilder();
        for (Parameter parameter : Parameter.values()) {
            header.append(parameter.key()).append(',');
        }
        return header.append("loss\n").toString();
    }

    private static String[] axisLabels(ParameterAxis axis) {
        String[] labels = new String[axis.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Double.toString(axis.value(i));
        }
        return labels;
    }
}
