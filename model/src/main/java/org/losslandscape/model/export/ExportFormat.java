package org.losslandscape.model.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** File formats a loss grid can be written in, chosen by the file name's extension. */
public enum ExportFormat {
    /** NumPy {@code .npy}: little-endian float64, C order, shape (n0, n1, n2, n3). */
    NPY(".npy"),
    /** Comma-separated values: header {@code w0,b0,w1,b1,loss}, one row per grid point. */
    CSV(".csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** Returns the extension, with its leading dot, such as {@code ".npy"}. */
    public String extension() {
        return extension;
    }

    /** Returns the format whose extension ends {@code file}'s name, ignoring case, if any. */
    public static Optional<ExportFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith(format.extension) && lower.length() > format.extension.length()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
