package org.losslandscape.benchmarks;

import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.EveryBlockEngine;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.LossGridComputer;

import java.util.Arrays;

/**
 * Command-line comparison of the engine with a baseline on a machine shared with other work.
 * The two alternate in short rounds in one JVM, so that both see the same load, and the median
 * of the per-round ratios is printed with the medians of each. Both write into arrays
 * allocated once.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.losslandscape.benchmarks.InterleavedComparison [values per axis] [rounds] [baseline]},
 * where the baseline is {@code first}, the first engine (the default), or {@code every-block},
 * the engine computing and storing every block instead of sharing blocks with the same hidden
 * activation.
 */
public final class InterleavedComparison {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();
    private static final int CALLS_PER_ROUND = 9;
    private static final int WARMUP_ROUNDS = 10;

    private InterleavedComparison() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String baselineName = args.length > 2 ? args[2] : "first";
        GridAxes axes = GridBenchmark.lectureRange(size);
        GridBuffers buffers = new GridBuffers();
        Runnable engine = () -> LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, buffers);
        Runnable baseline = baseline(baselineName, axes);

        double[] engineMs = new double[rounds];
        double[] baselineMs = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            double baselineTime = medianMillis(baseline);
            double engineTime = medianMillis(engine);
            if (round >= 0) {
                baselineMs[round] = baselineTime;
                engineMs[round] = engineTime;
                ratios[round] = baselineTime / engineTime;
            }
        }
        System.out.printf("{\"name\": \"interleaved\", \"size\": %d, \"rounds\": %d, \"baseline\": \"%s\","
                        + " \"engine_median_ms\": %.3f, \"baseline_median_ms\": %.3f,"
                        + " \"median_ratio_baseline_to_engine\": %.2f}%n",
                size, rounds, baselineName, median(engineMs), median(baselineMs), median(ratios));
    }

    /** Returns the baseline named {@code name}, writing into its own array or buffers. */
    private static Runnable baseline(String name, GridAxes axes) {
        switch (name) {
            case "first" -> {
                double[] losses = new double[(int) axes.pointCount()];
                double[] w0 = axes.w0().values();
                double[] b0 = axes.b0().values();
                double[] w1 = axes.w1().values();
                double[] b1 = axes.b1().values();
                return () -> FirstEngine.fill(NETWORK, w0, b0, w1, b1, losses);
            }
            case "every-block" -> {
                GridBuffers buffers = new GridBuffers();
                return () -> EveryBlockEngine.compute(NETWORK, axes, buffers);
            }
            default -> throw new IllegalArgumentException(
                    "Invalid baseline \"" + name + "\": expected \"first\" or \"every-block\"");
        }
    }

    private static double medianMillis(Runnable task) {
        double[] samples = new double[CALLS_PER_ROUND];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            task.run();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(samples);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
