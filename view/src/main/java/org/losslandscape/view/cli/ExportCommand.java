package org.losslandscape.view.cli;

import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.export.ExportFormat;
import org.losslandscape.model.export.GridExporter;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.view.text.Messages;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code loss-explorer export --output FILE}: computes the lecture's grid and writes it to
 * FILE as {@code .npy} or {@code .csv}, without opening a window. Every failure is one line
 * on the error stream and a non-zero status; no partial file is left behind.
 */
final class ExportCommand {

    /** Exit status when the grid could not be written. */
    static final int EXIT_FAILED = 1;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Parses {@code args} (the words after {@code export}), writes the grid and returns the status. */
    int run(String[] args) {
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(messages.format("cli.usage"));
                return 0;
            } else if (arg.equals("--output") || arg.equals("-o")) {
                // A following option, such as "--output --help", means the file name is missing.
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return usage("cli.export.missingOutput");
                }
                value = args[++i];
            } else if (arg.startsWith("--output=")) {
                value = arg.substring("--output=".length());
            } else {
                err.println(messages.format("cli.export.unknownOption", arg));
                return Main.EXIT_USAGE;
            }
            if (output != null) {
                return usage("cli.export.twoOutputs");
            }
            output = value;
        }
        if (output == null || output.isBlank()) {
            return usage("cli.export.missingOutput");
        }
        return export(output);
    }

    private int export(String output) {
        Path target;
        try {
            target = Path.of(output);
        } catch (InvalidPathException e) {
            err.println(messages.format("cli.export.failed", output, e.getReason()));
            return EXIT_FAILED;
        }
        if (ExportFormat.of(target).isEmpty()) {
            err.println(messages.format("cli.export.badExtension", output));
            return Main.EXIT_USAGE;
        }
        // GridExporter checks the directory and the target; describe() turns its errors into messages.
        LossGrid grid = LossGridComputer.compute(TinyNetwork.lecture(), GridAxes.LECTURE);
        try {
            GridExporter.write(grid, target);
        } catch (IOException e) {
            err.println(describe(e, target));
            return EXIT_FAILED;
        }
        out.println(messages.format("cli.export.done", Integer.toString(grid.size()), target));
        return 0;
    }

    private String describe(IOException e, Path target) {
        if (e instanceof AccessDeniedException denied) {
            return messages.format("cli.export.notWritable", denied.getFile());
        }
        Path directory = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException) {
            // The directory was checked before writing: either it vanished, or it rejects new files, as /proc does.
            return Files.isDirectory(directory)
                    ? messages.format("cli.export.cannotCreate", directory)
                    : messages.format("cli.export.noDirectory", directory);
        }
        if (Files.isDirectory(target)) {
            return messages.format("cli.export.isDirectory", target);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return messages.format("cli.export.failed", target, reason);
    }

    private int usage(String key) {
        err.println(messages.get(key));
        return Main.EXIT_USAGE;
    }
}
