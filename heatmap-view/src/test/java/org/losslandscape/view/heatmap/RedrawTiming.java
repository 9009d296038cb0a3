package org.losslandscape.view.heatmap;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.viewmodel.LossMap;
import org.losslandscape.viewmodel.LossMaps;
import org.losslandscape.viewmodel.ParameterPair;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Measures how long redrawing a 400 × 400 heatmap takes on the FX thread: the median of
 * {@value #REPEATS} runs, after {@value #WARM_UP} runs to warm up the JIT. Not a test: run by
 * hand, as described in docs/extending.md, and read the printed medians.
 */
public final class RedrawTiming {

    private static final int RESOLUTION = 400;
    private static final int WARM_UP = 200;
    private static final int REPEATS = 200;

    private RedrawTiming() {
    }

    public static void main(String[] args) throws Exception {
        ParameterAxis axis = LossMaps.sampling(ParameterAxis.LECTURE, RESOLUTION);
        LossMap map = LossMaps.compute(TinyNetwork.lecture(), ParameterPair.OUTPUT_LAYER,
                ParameterPoint.LECTURE_START, axis, axis);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                measureAll(map);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static void measureAll(LossMap map) {
        MapImage image = new MapImage();
        Canvas canvas = new Canvas(RESOLUTION, RESOLUTION);
        PlotGeometry geometry = PlotGeometry.of(map, RESOLUTION, RESOLUTION);
        double[] levels = ContourLines.levels(ColourScale.of(map), 8);
        double[] segments = ContourLines.segments(map, levels);
        report("map image (colours + PixelWriter)", () -> time(() -> image.show(map)));
        report("contour lines, 8 levels", () -> time(() -> ContourLines.segments(map, levels)));
        report("overlay (contours, marker)", () -> time(() -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, RESOLUTION, RESOLUTION);
            OverlayPainter.contours(canvas.getGraphicsContext2D(), geometry, segments);
            OverlayPainter.marker(canvas.getGraphicsContext2D(), geometry, map.pair(), ParameterPoint.LECTURE_START);
            OverlayPainter.paths(canvas.getGraphicsContext2D(), geometry, map.pair(), List.of());
        }));
        report("whole redraw of a new map", () -> time(() -> {
            image.show(map);
            ContourLines.segments(map, levels);
            canvas.getGraphicsContext2D().clearRect(0, 0, RESOLUTION, RESOLUTION);
            OverlayPainter.contours(canvas.getGraphicsContext2D(), geometry, segments);
        }));
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static void report(String name, LongSupplier run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-36s median %6.2f ms   90th percentile %6.2f ms%n", name,
                nanos[REPEATS / 2] / 1e6, nanos[REPEATS * 9 / 10] / 1e6);
    }
}
