package org.losslandscape.benchmarks;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.slice.SliceComputer;
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

/** Time to compute the four on-demand slices through a point off the grid, into reused arrays. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SliceBenchmark {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    /** Points per slice: the lecture's 40, or a 2,001-point chart. */
    @Param({"40", "2001"})
    public int points;

    private final ParameterPoint through = new ParameterPoint(0.1234, -1.75, 2.5, 0.35);
    private GridAxes axes;
    private double[][] out;

    @Setup
    public void prepare() {
        axes = GridAxes.uniform(ParameterAxis.spanning(-4, 4, points));
        out = new double[Parameter.COUNT][points];
    }

    @Benchmark
    public double[][] fourSlices() {
        SliceComputer.slices(NETWORK, through, axes, out);
        return out;
    }
}
