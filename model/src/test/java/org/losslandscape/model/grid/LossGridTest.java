package org.losslandscape.model.grid;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TinyNetwork;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslandscape.model.grid.NaiveReference.REFERENCE_TOLERANCE;
import static org.losslandscape.model.grid.NaiveReference.assertMatchesNaive;
import static org.losslandscape.model.grid.NaiveReference.randomAxis;

class LossGridTest {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    private static LossGrid lecture;

    @BeforeAll
    static void computeLectureGrid() {
        lecture = LossGridComputer.compute(NETWORK, GridAxes.LECTURE);
    }

    @Test
    void centreLossIsQuarter() {
        assertEquals(0.25, lecture.loss(new GridIndex(20, 20, 20, 20)), 1e-12);
    }

    @Test
    void minimumIsAtLastCorner() {
        GridIndex argmin = lecture.argmin();

        assertEquals(new GridIndex(39, 39, 39, 39), argmin);
        assertEquals(2.64e-7, lecture.loss(argmin), 0.01e-7);
    }

    @Test
    void maximumIsWhereOutputWeightsAreMostNegative() {
        GridIndex argmax = lecture.argmax();

        assertEquals(new GridIndex(39, 39, 0, 0), argmax);
        assertEquals(0.99931, lecture.loss(argmax), 1e-5);
    }

    @Test
    void lectureGridMatchesNaiveReference() {
        assertMatchesNaive(lecture, NETWORK);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L})
    void randomAxesMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        GridAxes axes = new GridAxes(randomAxis(random, 12), randomAxis(random, 12),
                randomAxis(random, 12), randomAxis(random, 12));
        TinyNetwork network = new TinyNetwork(random.nextGaussian(), random.nextDouble());

        LossGrid grid = LossGridComputer.compute(network, axes);

        assertMatchesNaive(grid, network);
    }

    @Test
    void hugeOutputParametersUseDirectFormula() {
        ParameterAxis wide = new ParameterAxis(-1000, 250, 9);
        GridAxes axes = new GridAxes(ParameterAxis.LECTURE, ParameterAxis.LECTURE, wide, wide);

        LossGrid grid = LossGridComputer.compute(NETWORK, axes);

        assertMatchesNaive(grid, NETWORK);
    }

    @Test
    void oneValueAxesGiveOnePoint() {
        ParameterAxis single = new ParameterAxis(0.5, 1, 1);

        LossGrid grid = LossGridComputer.compute(NETWORK, GridAxes.uniform(single));

        assertEquals(1, grid.size());
        assertEquals(NETWORK.loss(0.5, 0.5, 0.5, 0.5), grid.loss(new GridIndex(0, 0, 0, 0)), REFERENCE_TOLERANCE);
        assertEquals(new GridIndex(0, 0, 0, 0), grid.argmin());
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void sliceFollowsGridAlongEachAxis(Parameter parameter) {
        GridIndex through = new GridIndex(3, 17, 25, 38);

        double[] slice = lecture.slice(parameter, through);

        assertEquals(40, slice.length);
        for (int i = 0; i < slice.length; i++) {
            assertEquals(lecture.loss(through.with(parameter, i)), slice[i], 0.0, "element " + i);
        }
    }

    @Test
    void sliceIgnoresOwnAxisComponent() {
        double[] a = lecture.slice(Parameter.B0, new GridIndex(5, 0, 6, 7));
        double[] b = lecture.slice(Parameter.B0, new GridIndex(5, 39, 6, 7));

        assertEquals(a[12], b[12], 0.0);
    }

    @Test
    void sliceIntoShortArrayIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> lecture.slice(Parameter.W1, new GridIndex(0, 0, 0, 0), new double[39]));

        assertTrue(error.getMessage().contains("39"), error.getMessage());
    }

    @Test
    void indexOutsideGridIsRejectedWithValue() {
        IndexOutOfBoundsException high = assertThrows(IndexOutOfBoundsException.class,
                () -> lecture.loss(new GridIndex(0, 40, 0, 0)));
        IndexOutOfBoundsException low = assertThrows(IndexOutOfBoundsException.class,
                () -> lecture.slice(Parameter.W0, new GridIndex(0, 0, -3, 0)));

        assertTrue(high.getMessage().contains("b0 index 40"), high.getMessage());
        assertTrue(low.getMessage().contains("w1 index -3"), low.getMessage());
    }

    @Test
    void flatIndexRoundTrips() {
        GridIndex index = new GridIndex(1, 2, 3, 4);

        int flat = lecture.flatIndex(index);

        assertEquals(((1 * 40 + 2) * 40 + 3) * 40 + 4, flat);
        assertEquals(index, lecture.unflatten(flat));
    }

    @Test
    void progressReachesOneAndNeverDecreasesBelowStart() {
        AtomicInteger reports = new AtomicInteger();
        DoubleAccumulator max = new DoubleAccumulator(Math::max, 0);
        DoubleAccumulator min = new DoubleAccumulator(Math::min, 1);

        LossGridComputer.compute(NETWORK, GridAxes.LECTURE, fraction -> {
            reports.incrementAndGet();
            max.accumulate(fraction);
            min.accumulate(fraction);
        }, () -> false);

        assertTrue(reports.get() >= 1, "reports: " + reports.get());
        assertTrue(reports.get() <= GridJob.MAX_STEPS, "reports: " + reports.get());
        assertTrue(min.get() > 0, "smallest fraction: " + min.get());
        assertEquals(1.0, max.get(), 0.0);
    }

    @Test
    void cancelledComputationThrowsInsteadOfReturning() {
        AtomicInteger polls = new AtomicInteger();

        assertThrows(CancellationException.class, () -> LossGridComputer.compute(NETWORK, GridAxes.LECTURE,
                fraction -> { }, () -> polls.incrementAndGet() > 10));
    }
}
