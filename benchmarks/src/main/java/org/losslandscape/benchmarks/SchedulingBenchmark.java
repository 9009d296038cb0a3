package org.losslandscape.benchmarks;

import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.EveryBlockEngine;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.LossGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Ways to spread a grid over the cores, all writing into an array allocated once:
 * <ul>
 *   <li>{@code engine}: the model's computer, one worker per core claiming 256 steps;</li>
 *   <li>{@code forkJoinSteps}: the same 256 steps and two-pass loop as a parallel
 *       {@code IntStream}, with no progress or cancellation;</li>
 *   <li>{@code forkJoinBlocks}: one parallel {@code IntStream} task per (w0, b0) block, the
 *       split of the first engine, with the same two-pass loop;</li>
 *   <li>{@code firstEngine}: the first engine as it was, one block per task and a branch on
 *       the fallback formula inside the row loop.</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class SchedulingBenchmark {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();
    private static final int STEPS = 256;

    /** Values per axis. */
    @Param({"40", "100"})
    public int size;

    private GridAxes axes;
    private GridBuffers buffers;
    private double[] losses;
    private double[] w0;
    private double[] b0;
    private double[] w1;
    private double[] expMinusB1;
    private double[] hidden;

    @Setup
    public void prepare() {
        axes = GridBenchmark.lectureRange(size);
        buffers = new GridBuffers();
        losses = new double[(int) axes.pointCount()];
        w0 = axes.w0().values();
        b0 = axes.b0().values();
        w1 = axes.w1().values();
        double[] b1 = axes.b1().values();
        expMinusB1 = new double[b1.length];
        for (int l = 0; l < b1.length; l++) {
            expMinusB1[l] = Math.exp(-b1[l]);
        }
        hidden = new double[w0.length * b0.length];
        for (int block = 0; block < hidden.length; block++) {
            hidden[block] = NETWORK.hidden(w0[block / b0.length], b0[block % b0.length]);
        }
    }

    /** The engine's scheduling with every block stored, so that it does the same work as the other variants. */
    @Benchmark
    public LossGrid engine() {
        return EveryBlockEngine.compute(NETWORK, axes, buffers);
    }

    @Benchmark
    public double[] forkJoinSteps() {
        int rows = hidden.length * w1.length;
        int rowsPerStep = (rows + STEPS - 1) / STEPS;
        IntStream.range(0, STEPS).parallel().forEach(step ->
                fillRows(step * rowsPerStep, Math.min(rows, (step + 1) * rowsPerStep)));
        return losses;
    }

    @Benchmark
    public double[] forkJoinBlocks() {
        IntStream.range(0, hidden.length).parallel().forEach(block ->
                fillRows(block * w1.length, (block + 1) * w1.length));
        return losses;
    }

    @Benchmark
    public double[] firstEngine() {
        FirstEngine.fill(NETWORK, w0, b0, w1, axes.b1().values(), losses);
        return losses;
    }

    /** Fills rows [firstRow, endRow) with the engine's two-pass loop, in chunks of 2,048 points. */
    private void fillRows(int firstRow, int endRow) {
        int n2 = w1.length;
        int n3 = expMinusB1.length;
        int rowsPerChunk = Math.max(1, 2048 / n3);
        double y = NETWORK.target();
        for (int chunkStart = firstRow; chunkStart < endRow; chunkStart += rowsPerChunk) {
            int chunkEnd = Math.min(endRow, chunkStart + rowsPerChunk);
            for (int row = chunkStart; row < chunkEnd; row++) {
                double scale = Math.exp(-w1[row % n2] * hidden[row / n2]);
                int offset = row * n3;
                for (int l = 0; l < n3; l++) {
                    losses[offset + l] = scale * expMinusB1[l];
                }
            }
            for (int i = chunkStart * n3; i < chunkEnd * n3; i++) {
                double error = y - 1.0 / (1.0 + losses[i]);
                losses[i] = error * error;
            }
        }
    }
}
