package org.losslandscape.model.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.TinyNetwork;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.losslandscape.model.grid.NaiveReference.assertMatchesNaive;
import static org.losslandscape.model.grid.NaiveReference.randomAxis;
import static org.losslandscape.model.grid.NaiveReference.randomNetwork;

/** The fast grid paths: steps over both cores, reused buffers, cancellation and the memory budget. */
class LossGridComputerTest {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    /** Polls of the cancellation flag after which a lecture-grid computation is cancelled, well before its last step. */
    private static final int POLLS_BEFORE_CANCEL = 10;

    private static final GridMemoryBudget TINY_BUDGET = new GridMemoryBudget(1000);
    private static final GridMemoryBudget LARGE_BUDGET = new GridMemoryBudget(Long.MAX_VALUE);

    @ParameterizedTest
    @ValueSource(longs = {3L, 11L, 99L, 31337L})
    void gridsOfManyStepsMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        GridAxes axes = new GridAxes(randomAxis(random, 30), randomAxis(random, 30),
                randomAxis(random, 30), randomAxis(random, 30));
        TinyNetwork network = randomNetwork(random);

        LossGrid grid = LossGridComputer.compute(network, axes);

        assertMatchesNaive(grid, network);
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 8L, 13L})
    void stepsCrossingBlockBoundariesMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        GridAxes axes = new GridAxes(randomAxis(random, 4), randomAxis(random, 4),
                new ParameterAxis(-3, 0.01, 700 + random.nextInt(300)), new ParameterAxis(random.nextGaussian(), 1, 1));
        TinyNetwork network = randomNetwork(random);

        LossGrid grid = LossGridComputer.compute(network, axes);

        assertMatchesNaive(grid, network);
    }

    @ParameterizedTest
    @ValueSource(longs = {2L, 6L})
    void rowsLongerThanChunkMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        GridAxes axes = new GridAxes(randomAxis(random, 3), randomAxis(random, 3), randomAxis(random, 3),
                new ParameterAxis(-5, 0.003, GridJob.CHUNK_POINTS + 1 + random.nextInt(2000)));
        TinyNetwork network = randomNetwork(random);

        LossGrid grid = LossGridComputer.compute(network, axes);

        assertMatchesNaive(grid, network);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L})
    void gridsComputedIntoBuffersMatchNaiveReference(long seed) {
        Random random = new Random(seed);
        ParameterAxis axis = randomAxis(random, 25);
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        TinyNetwork[] networks = {randomNetwork(random), randomNetwork(random), randomNetwork(random)};

        for (TinyNetwork network : networks) {
            LossGrid grid = LossGridComputer.compute(network, GridAxes.uniform(axis), fraction -> { }, () -> false, buffers);

            assertMatchesNaive(grid, network);
        }
    }

    @Test
    void directFormulaIntoBuffersMatchesNaiveReference() {
        ParameterAxis wide = new ParameterAxis(-1000, 250, 9);
        GridAxes axes = new GridAxes(ParameterAxis.LECTURE, ParameterAxis.LECTURE, wide, wide);

        LossGrid grid = LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, new GridBuffers(LARGE_BUDGET));

        assertMatchesNaive(grid, NETWORK);
    }

    @Test
    void thirdComputationReusesFirstGridsBuffer() {
        // The same input keeps the same hidden activations, so all three grids store the same number of losses.
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        TinyNetwork second = new TinyNetwork(0.3, 0.5);
        TinyNetwork third = new TinyNetwork(0.3, 0.2);

        LossGrid firstGrid = LossGridComputer.compute(new TinyNetwork(0.3, 1.0), GridAxes.LECTURE,
                fraction -> { }, () -> false, buffers);
        LossGrid secondGrid = LossGridComputer.compute(second, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        LossGridComputer.compute(third, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);

        assertMatchesNaive(firstGrid, third);
        assertMatchesNaive(secondGrid, second);
    }

    @Test
    void latestGridSurvivesCancelledRecompute() {
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        TinyNetwork latest = new TinyNetwork(-1.5, 0.8);
        LossGridComputer.compute(new TinyNetwork(0.3, 1.0), GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        LossGrid latestGrid = LossGridComputer.compute(latest, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        AtomicInteger polls = new AtomicInteger();

        assertThrows(CancellationException.class, () -> LossGridComputer.compute(new TinyNetwork(4.0, 0.0),
                GridAxes.LECTURE, fraction -> { }, () -> polls.incrementAndGet() > POLLS_BEFORE_CANCEL, buffers));

        assertMatchesNaive(latestGrid, latest);
    }

    @Test
    void computationAfterCancelRewritesWholeBuffer() {
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        LossGridComputer.compute(new TinyNetwork(0.3, 1.0), GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        LossGridComputer.compute(new TinyNetwork(-1.5, 0.8), GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> LossGridComputer.compute(new TinyNetwork(4.0, 0.0),
                GridAxes.LECTURE, fraction -> { }, () -> polls.incrementAndGet() > POLLS_BEFORE_CANCEL, buffers));
        TinyNetwork next = new TinyNetwork(0.9, 0.1);

        LossGrid grid = LossGridComputer.compute(next, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);

        assertMatchesNaive(grid, next);
    }

    @Test
    void cancelledComputationIntoBuffersThrows() {
        AtomicInteger polls = new AtomicInteger();

        assertThrows(CancellationException.class, () -> LossGridComputer.compute(NETWORK, GridAxes.LECTURE,
                fraction -> { }, () -> polls.incrementAndGet() > POLLS_BEFORE_CANCEL, new GridBuffers(LARGE_BUDGET)));
    }

    @Test
    void bufferedGridOfNewSizeMatchesNaiveReference() {
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        LossGridComputer.compute(NETWORK, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        GridAxes smaller = GridAxes.uniform(new ParameterAxis(-2, 0.5, 9));

        LossGrid grid = LossGridComputer.compute(NETWORK, smaller, fraction -> { }, () -> false, buffers);

        assertEquals(9 * 9 * 9 * 9, grid.size());
        assertMatchesNaive(grid, NETWORK);
    }

    @Test
    void progressIntoBuffersReachesOne() {
        DoubleAccumulator max = new DoubleAccumulator(Math::max, 0);

        LossGridComputer.compute(NETWORK, GridAxes.LECTURE, max::accumulate, () -> false, new GridBuffers(LARGE_BUDGET));

        assertEquals(1.0, max.get(), 0.0);
    }

    @Test
    void progressOfOnePointGridReachesOne() {
        DoubleAccumulator max = new DoubleAccumulator(Math::max, 0);

        LossGridComputer.compute(NETWORK, GridAxes.uniform(new ParameterAxis(0, 1, 1)), max::accumulate, () -> false);

        assertEquals(1.0, max.get(), 0.0);
    }

    @Test
    void gridOverInjectedBudgetIsRejectedWithSizes() {
        GridTooLargeException error = assertThrows(GridTooLargeException.class, () -> LossGridComputer.compute(
                NETWORK, GridAxes.LECTURE, fraction -> { }, () -> false, TINY_BUDGET));

        assertEquals(2_560_000L, error.points());
        assertEquals(797L * 1600 * 8, error.neededBytes());
        assertFalse(error.beyondLargestArray());
        assertTrue(error.getMessage().contains("2560000 points"), error.getMessage());
        assertTrue(error.getMessage().contains("10.2 MB"), error.getMessage());
        assertTrue(error.getMessage().contains("1275200 losses stored"), error.getMessage());
        assertTrue(error.getMessage().contains("budget of 1.0 kB"), error.getMessage());
        assertTrue(error.getMessage().contains("slices on demand"), error.getMessage());
    }

    @Test
    void gridOverBufferBudgetIsRejectedBeforeComputing() {
        AtomicInteger polls = new AtomicInteger();

        assertThrows(GridTooLargeException.class, () -> LossGridComputer.compute(NETWORK, GridAxes.LECTURE,
                fraction -> { }, () -> polls.incrementAndGet() < 0, new GridBuffers(TINY_BUDGET)));

        assertEquals(0, polls.get());
    }

    @Test
    void hugeGridIsRejectedAgainstMaxHeap() {
        GridAxes axes = GridAxes.uniform(new ParameterAxis(-4, 0.04, 200));
        // 5,221 of the 40,000 blocks are distinct, 208,840,000 losses of 8 bytes.
        assumeTrue(GridMemoryBudget.fromMaxHeap().bytes() < 1_670_720_000L,
                "the max heap is large enough for the 1.7 GB the grid stores");

        GridTooLargeException error = assertThrows(GridTooLargeException.class,
                () -> LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false));

        assertTrue(error.getMessage().contains("1600000000 points"), error.getMessage());
        assertEquals(1_670_720_000L, error.neededBytes());
        assertTrue(error.getMessage().contains("1.7 GB"), error.getMessage());
        assertTrue(error.getMessage().contains("a quarter of the"), error.getMessage());
    }

    @Test
    void gridBeyondLargestArrayIsRejected() {
        GridAxes axes = GridAxes.uniform(new ParameterAxis(0, 1, 300));

        GridTooLargeException error = assertThrows(GridTooLargeException.class,
                () -> LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, LARGE_BUDGET));

        assertTrue(error.getMessage().contains("8100000000 points"), error.getMessage());
        assertTrue(error.getMessage().contains("largest Java array"), error.getMessage());
        assertTrue(error.beyondLargestArray());
        assertEquals(8_100_000_000L * 8, error.neededBytes());
    }

    @Test
    void nonPositiveBudgetIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new GridMemoryBudget(0));

        assertTrue(error.getMessage().contains("0 bytes"), error.getMessage());
    }

    @Test
    void byteCountsUseDecimalPrefixes() {
        assertEquals("999 bytes", GridMemoryBudget.formatBytes(999));
        assertEquals("1.0 kB", GridMemoryBudget.formatBytes(1000));
        assertEquals("20.5 MB", GridMemoryBudget.formatBytes(20_480_000));
        assertEquals("800.0 MB", GridMemoryBudget.formatBytes(800_000_000));
        assertEquals("1.0 GB", GridMemoryBudget.formatBytes(999_999_999));
        assertEquals("12.8 GB", GridMemoryBudget.formatBytes(12_800_000_000L));
    }

    @Test
    void byteCountsUseLocaleDecimalSeparator() {
        assertEquals("1,7 GB", GridMemoryBudget.formatBytes(1_670_720_000L, Locale.forLanguageTag("pt-BR")));
        assertEquals("193.8 MB", GridMemoryBudget.formatBytes(193_760_000L, Locale.ENGLISH));
    }
}
