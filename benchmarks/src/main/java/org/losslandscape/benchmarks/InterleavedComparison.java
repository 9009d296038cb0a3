package org.losslandscape.benchmarks;

import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.LossGridComputer;

import java.util.Arrays;

/**
 * Command-line comparison of the engine and the first engine on a machine shared with other
 * work. The two alternate in short rounds in one JVM, so that both see the same load, and the
 * median of the per-round ratios is printed with the medians of each.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.losslandscape.benchmarks.InterleavedComparison [values per axis] [rounds]}
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
        GridAxes axes = GridBenchmark.lectureRange(size);
        GridBuffers buffers = new GridBuffers();
        double[] losses = new double[(int) axes.pointCount()];
        double[] w0 = axes.w0().values();
        double[] b0 = axes.b0().values();
        double[] w1 = axes.w1().values();
        double[] b1 = axes.b1().values();
        Runnable engine = () -> LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, buffers);
        Runnable firstEngine = () -> FirstEngine.fill(NETWORK, w0, b0, w1, b1, losses);

        double[] engineMs = new double[rounds];
        double[] firstMs = new double[rounds];
        double[] ratios = new double[rounds];
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
            double first = medianMillis(firstEngine);
            double current = medianMillis(engine);
            if (round >= 0) {
                firstMs[round] = first;
                engineMs[round] = current;
                ratios[round] = first / current;
            }
        }
        System.out.printf("{\"name\": \"interleaved\", \"size\": %d, \"rounds\": %d, \"engine_median_ms\": %.3f,"
                        + " \"first_engine_median_ms\": %.3f, \"median_ratio_first_to_engine\": %.2f}%n",
                size, rounds, median(engineMs), median(firstMs), median(ratios));
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
