package org.losslandscape.view.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code loss-explorer --startup-report}: waits for the first pulse that lays out the window
 * with every slice chart filled, and then for the pulse that lays out the training panel when
 * it was deferred (see {@link ExplorerWindow#deferTrainingPanel}). Prints the start-up times
 * as one JSON line and closes the app.
 *
 * <p>The times run from the launcher's start when the launcher script exported
 * {@value #LAUNCH_VARIABLE} (epoch milliseconds), and from the JVM's start in any case. They
 * end at the post-layout listener of those pulses. The render thread paints each frame after
 * it, so painting is not included. FX thread only.
 */
final class StartupReport {

    /** The command-line option that turns the report on. */
    static final String OPTION = "--startup-report";
    /** Environment variable with the launcher's start in epoch milliseconds. */
    static final String LAUNCH_VARIABLE = "LOSS_EXPLORER_LAUNCHED_AT_MS";

    private final Scene scene;
    private final int size;
    private final PrintStream out;
    private final Runnable listener = this::afterLayout;
    /** Time of the first frame with filled charts in epoch milliseconds, 0 until then. */
    private long chartsMillis;

    private StartupReport(Scene scene, int size, PrintStream out) {
        this.scene = scene;
        this.size = size;
        this.out = out;
    }

    /**
     * Reports on {@code scene}'s first frame with filled charts, then exits the FX platform.
     *
     * @param size values per grid axis, printed as the report's size
     */
    static void attach(Scene scene, int size, PrintStream out) {
        StartupReport report = new StartupReport(scene, size, out);
        scene.addPostLayoutPulseListener(report.listener);
    }

    private void afterLayout() {
        if (chartsMillis == 0) {
            if (!ExplorerWindow.sliceChartsFilled(scene)) {
                return;
            }
            chartsMillis = System.currentTimeMillis();
        }
        boolean panelDeferred = scene.lookup("#" + ExplorerWindow.PANEL_PLACEHOLDER_ID) != null;
        if (panelDeferred) {
            return;
        }
        long panelMillis = System.currentTimeMillis();
        scene.removePostLayoutPulseListener(listener);
        // Not ProcessHandle's start instant: on Linux it counts from the launcher script, which execs
        // java in the same process, and it rests on a boot time with whole-second resolution.
        OptionalLong jvmStart = OptionalLong.of(ManagementFactory.getRuntimeMXBean().getStartTime());
        out.println(jsonLine(size, chartsMillis, panelMillis, jvmStart, launcherStart(System.getenv())));
        Platform.exit();
    }

    /** Returns the launcher's start from {@code environment}, or empty when it is missing or invalid. */
    static OptionalLong launcherStart(Map<String, String> environment) {
        String value = environment.get(LAUNCH_VARIABLE);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Returns the report line, such as
     * {@code {"name":"startup","size":40,"median_ms":1420,"p99_ms":1420,"samples":1,"from_jvm_ms":1210,"from_launcher_ms":1420,"training_panel_ms":1790}}.
     * The median and p99 of the single sample are the time to the first frame with filled charts,
     * from the launcher when it is known, else from the JVM, so that the line has the fields of
     * {@code loss-explorer bench}. {@code training_panel_ms} is the time to the frame with the
     * training panel, from the same start.
     */
    static String jsonLine(int size, long chartsMillis, long panelMillis, OptionalLong jvmStartMillis,
                           OptionalLong launcherStartMillis) {
        StringBuilder line = new StringBuilder();
        long start = launcherStartMillis.orElse(jvmStartMillis.orElse(chartsMillis));
        long headline = chartsMillis - start;
        line.append(String.format(Locale.ROOT, "{\"name\":\"startup\",\"size\":%d,\"median_ms\":%d,\"p99_ms\":%d,\"samples\":1",
                size, headline, headline));
        if (jvmStartMillis.isPresent()) {
            line.append(",\"from_jvm_ms\":").append(chartsMillis - jvmStartMillis.getAsLong());
        }
        if (launcherStartMillis.isPresent()) {
            line.append(",\"from_launcher_ms\":").append(chartsMillis - launcherStartMillis.getAsLong());
        }
        return line.append(",\"training_panel_ms\":").append(panelMillis - start).append('}').toString();
    }
}
