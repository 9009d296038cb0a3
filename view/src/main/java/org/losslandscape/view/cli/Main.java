package org.losslandscape.view.cli;

import javafx.application.Application;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.view.app.LossExplorerApp;
import org.losslandscape.view.text.Messages;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line entry point: with no arguments it opens the window, otherwise it runs
 * the named command. Prints to the console and exits with a status code; runs on the main
 * thread.
 */
public final class Main {

    /** Exit status for a command-line usage error. */
    static final int EXIT_USAGE = 2;
    /** Exit status when no display is available for the window. */
    static final int EXIT_NO_DISPLAY = 3;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, Messages.forDefaultLocale(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command in {@code args} and returns the exit status; the window blocks until closed. */
    static int run(String[] args, Messages messages, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return openWindow(args, messages, err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "--help", "-h", "help" -> {
                out.println(messages.format("cli.usage"));
                return 0;
            }
            case "export" -> {
                return new ExportCommand(messages, out, err).run(rest);
            }
            case "--startup-report" -> {
                return openWindow(args, messages, err);
            }
            case "bench" -> {
                return new BenchCommand(messages, out, err, GridMemoryBudget.fromMaxHeap()).run(rest);
            }
            default -> {
                err.println(messages.format("cli.unknownCommand", args[0]));
                return EXIT_USAGE;
            }
        }
    }

    private static int openWindow(String[] args, Messages messages, PrintStream err) {
        Optional<String> missing = missingDisplay();
        if (missing.isPresent()) {
            err.println(messages.format("cli.noDisplay", missing.get()));
            return EXIT_NO_DISPLAY;
        }
        try {
            Application.launch(LossExplorerApp.class, args);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // JavaFX reports an unreachable X server this way, for example "Unable to open DISPLAY".
            err.println(messages.format("cli.noDisplay", e.getMessage()));
            return EXIT_NO_DISPLAY;
        }
    }

    /** Returns why no display is available to this process, or empty when one may be. */
    static Optional<String> missingDisplay() {
        return missingDisplay(System.getProperty("os.name", ""), System.getProperty("glass.platform"), System.getenv());
    }

    /**
     * Returns why no display is available on Linux, or empty when one may be. Other systems
     * always have a display session, and JavaFX's headless Monocle platform needs none.
     */
    static Optional<String> missingDisplay(String osName, String glassPlatform, Map<String, String> environment) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || "Monocle".equals(glassPlatform)) {
            return Optional.empty();
        }
        if (isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of("DISPLAY is not set");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
