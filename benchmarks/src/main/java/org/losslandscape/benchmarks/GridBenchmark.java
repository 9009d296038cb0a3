package org.losslandscape.benchmarks;

import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.EveryBlockEngine;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;
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

/**
 * Time to compute a whole grid of n⁴ points over the lecture's range [−4, 4) on every axis,
 * into a new array and into reused {@link GridBuffers}, and into reused buffers computing
 * and storing every block instead of sharing blocks with the same hidden activation.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
// A fixed 6 GB heap: a quarter of it, the grid budget, fits a 100⁴ grid of 800 MB.
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class GridBenchmark {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    /** Values per axis. */
    @Param({"20", "40", "100"})
    public int size;

    private GridAxes axes;
    private GridBuffers buffers;
    private GridBuffers everyBlockBuffers;

    @Setup
    public void prepare() {
        axes = lectureRange(size);
        buffers = new GridBuffers();
        everyBlockBuffers = new GridBuffers();
    }

    /** Returns the axes of {@code size} values from −4 in steps of 8/size, the lecture's grid for 40. */
    static GridAxes lectureRange(int size) {
        return GridAxes.uniform(new ParameterAxis(-4.0, 8.0 / size, size));
    }

    @Benchmark
    public LossGrid newArray() {
        return LossGridComputer.compute(NETWORK, axes);
    }

    @Benchmark
    public LossGrid reusedBuffers() {
        return LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, buffers);
    }

    @Benchmark
    public LossGrid reusedBuffersEveryBlock() {
        return EveryBlockEngine.compute(NETWORK, axes, everyBlockBuffers);
    }
}
