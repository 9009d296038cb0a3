package org.losslandscape.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The machine's limits for a grid: how fast it writes a grid-sized array, and how fast one
 * core runs the row loop and {@link Math#exp} on data in its L1 cache.
 *
 * <p>{@code fill*} write {@code size⁴} doubles, so bytes per second = 8·size⁴ / time. The
 * {@code rowLoop*} and {@code exp} benchmarks report time per point, the first with C2's
 * SIMD code and the second with SIMD switched off, to show that the row loop is vectorised.
 * {@code copyHalfOfBlocksOneCore} copies every odd block of size² points from the block before
 * it, the memory traffic of the engine's copy phase when half of the blocks repeat.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class LimitBenchmark {

    /** Points of the cache-resident block that the compute benchmarks loop over: 40 rows of 40. */
    private static final int BLOCK_POINTS = 1600;
    private static final int ROW = 40;

    /** Values per axis of the array that the fill and copy benchmarks write. */
    @Param({"40", "100"})
    public int size;

    private double[] grid;
    private final double[] block = new double[BLOCK_POINTS];
    private final double[] expMinusB1 = new double[ROW];
    private final double[] exponents = new double[BLOCK_POINTS];

    @Setup
    public void prepare() {
        grid = new double[size * size * size * size];
        for (int l = 0; l < ROW; l++) {
            expMinusB1[l] = Math.exp(4.0 - 0.2 * l);
        }
        for (int i = 0; i < BLOCK_POINTS; i++) {
            exponents[i] = -4.0 + 0.005 * i;
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double[] fillOneCore() {
        Arrays.fill(grid, 0.25);
        return grid;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double[] fillAllCores() {
        int workers = Runtime.getRuntime().availableProcessors();
        int chunk = (grid.length + workers - 1) / workers;
        IntStream.range(0, workers).parallel().forEach(worker ->
                Arrays.fill(grid, worker * chunk, Math.min(grid.length, (worker + 1) * chunk), 0.25));
        return grid;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double[] copyHalfOfBlocksOneCore() {
        int blockPoints = size * size;
        for (int offset = blockPoints; offset < grid.length; offset += 2 * blockPoints) {
            System.arraycopy(grid, offset - blockPoints, grid, offset, blockPoints);
        }
        return grid;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BLOCK_POINTS)
    public double[] rowLoopPerPoint() {
        fillBlock();
        return block;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BLOCK_POINTS)
    @Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:-UseSuperWord"})
    public double[] rowLoopPerPointWithoutSimd() {
        fillBlock();
        return block;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(BLOCK_POINTS)
    public double expPerCall() {
        double sum = 0;
        for (double exponent : exponents) {
            sum += Math.exp(exponent);
        }
        return sum;
    }

    /** Fills the block the way the engine does: products row by row, then one loop that divides. */
    private void fillBlock() {
        for (int row = 0; row < ROW; row++) {
            double scale = Math.exp(-0.1 * row);
            int offset = row * ROW;
            for (int l = 0; l < ROW; l++) {
                block[offset + l] = scale * expMinusB1[l];
            }
        }
        for (int i = 0; i < BLOCK_POINTS; i++) {
            double error = 1.0 - 1.0 / (1.0 + block[i]);
            block[i] = error * error;
        }
    }
}
