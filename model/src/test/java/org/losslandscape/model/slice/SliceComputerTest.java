package org.losslandscape.model.slice;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SliceComputerTest {

    /** Largest difference allowed between a slice and {@link TinyNetwork#loss}. */
    private static final double REFERENCE_TOLERANCE = 1e-12;

    /** Chart resolution that the slices are sized for. */
    private static final int CHART_POINTS = 2001;

    /** Value that the slice must leave in output elements past the axis. */
    private static final double UNTOUCHED = -1.0;

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    private static LossGrid lecture;

    @BeforeAll
    static void computeLectureGrid() {
        lecture = LossGridComputer.compute(NETWORK, GridAxes.LECTURE);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L, 90210L})
    void slicesThroughRandomPointsMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        TinyNetwork network = new TinyNetwork(random.nextGaussian(), random.nextDouble());
        ParameterPoint through = new ParameterPoint(8 * random.nextGaussian(), 8 * random.nextGaussian(),
                8 * random.nextGaussian(), 8 * random.nextGaussian());
        GridAxes axes = new GridAxes(randomAxis(random), randomAxis(random), randomAxis(random), randomAxis(random));
        double[][] out = outputsFor(axes);

        SliceComputer.slices(network, through, axes, out);

        for (Parameter parameter : Parameter.values()) {
            assertMatchesNaive(network, parameter, through, axes.axis(parameter), out[parameter.ordinal()]);
        }
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void chartResolutionSliceMatchesNaiveReference(Parameter parameter) {
        ParameterAxis axis = ParameterAxis.spanning(-4, 4, CHART_POINTS);

        double[] slice = SliceComputer.slice(NETWORK, parameter, ParameterPoint.LECTURE_START, axis);

        assertEquals(CHART_POINTS, slice.length);
        assertMatchesNaive(NETWORK, parameter, ParameterPoint.LECTURE_START, axis, slice);
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 17L, 256L})
    void slicesThroughGridPointEqualGridSlices(long seed) {
        Random random = new Random(seed);
        GridIndex index = new GridIndex(random.nextInt(40), random.nextInt(40), random.nextInt(40), random.nextInt(40));
        double[][] out = outputsFor(GridAxes.LECTURE);

        SliceComputer.slices(NETWORK, lecture.point(index), GridAxes.LECTURE, out);

        for (Parameter parameter : Parameter.values()) {
            double[] expected = lecture.slice(parameter, index);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], out[parameter.ordinal()][i], REFERENCE_TOLERANCE,
                        parameter.key() + " slice element " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void sliceOverwritesAxisLengthOnly(Parameter parameter) {
        ParameterAxis axis = new ParameterAxis(-1, 0.25, 9);
        double[] out = new double[12];
        Arrays.fill(out, UNTOUCHED);

        SliceComputer.slice(NETWORK, parameter, ParameterPoint.LECTURE_START, axis, out);

        assertMatchesNaive(NETWORK, parameter, ParameterPoint.LECTURE_START, axis, out);
        for (int i = axis.size(); i < out.length; i++) {
            assertEquals(UNTOUCHED, out[i], 0.0, "element " + i);
        }
    }

    @Test
    void repeatedSliceReplacesPreviousValues() {
        ParameterAxis axis = ParameterAxis.spanning(-4, 4, CHART_POINTS);
        double[] out = new double[CHART_POINTS];
        ParameterPoint moved = new ParameterPoint(-2.5, 1.75, 3.125, -0.5);
        SliceComputer.slice(NETWORK, Parameter.W1, ParameterPoint.LECTURE_START, axis, out);

        SliceComputer.slice(NETWORK, Parameter.W1, moved, axis, out);

        assertMatchesNaive(NETWORK, Parameter.W1, moved, axis, out);
    }

    @Test
    void oneValueAxisGivesOneLoss() {
        ParameterAxis single = new ParameterAxis(0.5, 1, 1);

        double[] slice = SliceComputer.slice(NETWORK, Parameter.B0, ParameterPoint.LECTURE_START, single);

        assertEquals(1, slice.length);
        assertEquals(NETWORK.loss(0.1, 0.5, 0.5, 0.35), slice[0], REFERENCE_TOLERANCE);
    }

    @Test
    void sliceIgnoresOwnComponentOfPoint() {
        ParameterPoint through = ParameterPoint.LECTURE_START.with(Parameter.B1, Double.NaN);

        double[] slice = SliceComputer.slice(NETWORK, Parameter.B1, through, ParameterAxis.LECTURE);

        assertMatchesNaive(NETWORK, Parameter.B1, through, ParameterAxis.LECTURE, slice);
    }

    @Test
    void nonFinitePointIsRejectedWithValue() {
        ParameterPoint through = ParameterPoint.LECTURE_START.with(Parameter.W0, Double.POSITIVE_INFINITY);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SliceComputer.slice(NETWORK, Parameter.B1, through, ParameterAxis.LECTURE));

        assertTrue(error.getMessage().contains("w0 = Infinity"), error.getMessage());
    }

    @Test
    void shortOutputIsRejectedWithLengths() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SliceComputer.slice(
                NETWORK, Parameter.W0, ParameterPoint.LECTURE_START, ParameterAxis.LECTURE, new double[39]));

        assertTrue(error.getMessage().contains("length 39"), error.getMessage());
        assertTrue(error.getMessage().contains("40 points"), error.getMessage());
    }

    @Test
    void outputOfThreeArraysIsRejected() {
        double[][] out = new double[3][40];

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SliceComputer.slices(NETWORK, ParameterPoint.LECTURE_START, GridAxes.LECTURE, out));

        assertTrue(error.getMessage().contains("3 arrays"), error.getMessage());
    }

    private static ParameterAxis randomAxis(Random random) {
        return new ParameterAxis(-10 + 20 * random.nextDouble(), 0.001 + random.nextDouble(), 1 + random.nextInt(3000));
    }

    private static double[][] outputsFor(GridAxes axes) {
        double[][] out = new double[Parameter.COUNT][];
        for (Parameter parameter : Parameter.values()) {
            out[parameter.ordinal()] = new double[axes.axis(parameter).size()];
        }
        return out;
    }

    private static void assertMatchesNaive(TinyNetwork network, Parameter parameter, ParameterPoint through,
                                           ParameterAxis axis, double[] slice) {
        for (int i = 0; i < axis.size(); i++) {
            double expected = network.loss(through.with(parameter, axis.value(i)));
            assertEquals(expected, slice[i], REFERENCE_TOLERANCE, parameter.key() + " slice element " + i);
        }
    }
}
