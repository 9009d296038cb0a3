package org.losslandscape.model.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TinyNetwork;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.DoubleAccumulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslandscape.model.grid.NaiveReference.assertMatchesNaive;
import static org.losslandscape.model.grid.NaiveReference.randomAxis;
import static org.losslandscape.model.grid.NaiveReference.randomNetwork;

/** Blocks with the same hidden activation, stored once and shared, against computing and storing every block. */
class GridDeduplicationTest {

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();

    /** A network with input 0, so that h = σ(b0) and every w0 value repeats the blocks of the first. */
    private static final TinyNetwork ZERO_INPUT = new TinyNetwork(0.0, 0.7);

    private static final GridMemoryBudget LARGE_BUDGET = new GridMemoryBudget(Long.MAX_VALUE);

    /** Distinct h values of the lecture's 1,600 (w0, b0) pairs, counted with Python's math.exp. */
    private static final int LECTURE_DISTINCT_BLOCKS = 797;

    @Test
    void lectureGridHasRepeatedHiddenActivations() {
        double[] hidden = hiddenActivations(NETWORK, GridAxes.LECTURE);

        DistinctBlocks blocks = DistinctBlocks.find(hidden, 40 * 40);

        assertEquals(LECTURE_DISTINCT_BLOCKS, blocks.computed().length);
        assertEquals(1600 - LECTURE_DISTINCT_BLOCKS, blocks.sharedCount());
        assertEquals(LECTURE_DISTINCT_BLOCKS * 1600L, blocks.storedPoints(1600));
    }

    @Test
    void sharedBlocksReadFirstEqualBlock() {
        double[] hidden = hiddenActivations(NETWORK, GridAxes.LECTURE);

        DistinctBlocks blocks = DistinctBlocks.find(hidden, 40 * 40);

        int[] computed = blocks.computed();
        for (int s = 1; s < computed.length; s++) {
            assertTrue(computed[s - 1] < computed[s], "computed blocks ascending at " + s);
        }
        for (int b = 0; b < hidden.length; b++) {
            int first = computed[blocks.storageOf()[b]];
            assertTrue(first <= b, "first block " + first + " of block " + b);
            assertEquals(Double.doubleToRawLongBits(hidden[first]), Double.doubleToRawLongBits(hidden[b]),
                    "h of block " + b);
            for (int earlier = 0; earlier < first; earlier++) {
                assertTrue(Double.doubleToRawLongBits(hidden[earlier]) != Double.doubleToRawLongBits(hidden[b]),
                        "block " + earlier + " has the h of block " + b + " before its first block " + first);
            }
        }
    }

    @Test
    void lectureGridStoresOnlyDistinctBlocks() {
        LossGrid grid = LossGridComputer.compute(NETWORK, GridAxes.LECTURE);

        assertEquals(2_560_000, grid.size());
        assertEquals(LECTURE_DISTINCT_BLOCKS * 1600, grid.storedSize());
    }

    @Test
    void smallBlocksAreAllComputed() {
        double[] hidden = {0.5, 0.5, 0.5};

        DistinctBlocks blocks = DistinctBlocks.find(hidden, DistinctBlocks.MIN_DEDUPLICATED_BLOCK_POINTS - 1);

        assertArrayEquals(new int[] {0, 1, 2}, blocks.computed());
        assertArrayEquals(new int[] {0, 1, 2}, blocks.storageOf());
        assertEquals(0, blocks.sharedCount());
    }

    @Test
    void lectureGridEqualsEveryBlockBitwise() {
        assertSameBitsAsEveryBlock(NETWORK, GridAxes.LECTURE);
    }

    @Test
    void lectureGridMatchesNaiveReference() {
        LossGrid grid = LossGridComputer.compute(NETWORK, GridAxes.LECTURE);

        assertMatchesNaive(grid, NETWORK);
    }

    @ParameterizedTest
    @ValueSource(longs = {4L, 19L, 77L, 1234L})
    void randomGridsEqualEveryBlockBitwise(long seed) {
        Random random = new Random(seed);
        GridAxes axes = new GridAxes(randomAxis(random, 20), randomAxis(random, 20),
                randomAxis(random, 20), randomAxis(random, 20));
        TinyNetwork network = randomNetwork(random);

        assertSameBitsAsEveryBlock(network, axes);
    }

    @Test
    void oneValueAxesEqualEveryBlockBitwise() {
        GridAxes axes = GridAxes.uniform(new ParameterAxis(0.25, 1, 1));

        assertSameBitsAsEveryBlock(NETWORK, axes);
    }

    @Test
    void gridWhereEveryLaterBlockCollidesEqualsEveryBlockBitwise() {
        GridAxes axes = new GridAxes(new ParameterAxis(-4, 0.2, 40), new ParameterAxis(1.5, 1, 1),
                ParameterAxis.LECTURE, ParameterAxis.LECTURE);

        LossGrid grid = LossGridComputer.compute(ZERO_INPUT, axes);

        assertEquals(1, DistinctBlocks.find(hiddenActivations(ZERO_INPUT, axes), 40 * 40).computed().length);
        assertMatchesNaive(grid, ZERO_INPUT);
        assertSameBitsAsEveryBlock(ZERO_INPUT, axes);
    }

    @Test
    void exactlyCancellingStepsEqualEveryBlockBitwise() {
        // With x = 0.5 the sums w0·x + b0 = (i + j)/2 are exact, so h repeats along each anti-diagonal i + j.
        TinyNetwork network = new TinyNetwork(0.5, 0.2);
        GridAxes axes = new GridAxes(new ParameterAxis(0, 1, 12), new ParameterAxis(0, 0.5, 12),
                new ParameterAxis(-3, 0.25, 16), new ParameterAxis(-2, 0.5, 9));

        LossGrid grid = LossGridComputer.compute(network, axes);

        assertEquals(2 * 12 - 1, DistinctBlocks.find(hiddenActivations(network, axes), 16 * 9).computed().length);
        assertMatchesNaive(grid, network);
        assertSameBitsAsEveryBlock(network, axes);
    }

    @Test
    void blocksLongerThanChunkEqualEveryBlockBitwise() {
        GridAxes axes = new GridAxes(new ParameterAxis(-1, 0.5, 5), new ParameterAxis(-2, 0.3, 4),
                new ParameterAxis(-3, 0.1, 50), new ParameterAxis(-4, 0.07, 61));

        LossGrid grid = LossGridComputer.compute(ZERO_INPUT, axes);

        assertTrue(50 * 61 > GridJob.CHUNK_POINTS, "block of " + 50 * 61 + " points");
        assertMatchesNaive(grid, ZERO_INPUT);
        assertSameBitsAsEveryBlock(ZERO_INPUT, axes);
    }

    @Test
    void directFormulaWithCollisionsEqualsEveryBlockBitwise() {
        ParameterAxis wide = new ParameterAxis(-1000, 250, 9);
        GridAxes axes = new GridAxes(ParameterAxis.LECTURE, ParameterAxis.LECTURE, wide, wide);

        LossGrid grid = LossGridComputer.compute(ZERO_INPUT, axes);

        assertMatchesNaive(grid, ZERO_INPUT);
        assertSameBitsAsEveryBlock(ZERO_INPUT, axes);
    }

    /**
     * Cancels the zero-input lecture grid, 40 stored blocks in 16 steps, once a tenth or 0.6 of
     * its steps are done.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.6})
    void cancelledSharedGridKeepsLatestGrid(double cancelAtFraction) {
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        TinyNetwork latest = new TinyNetwork(-1.5, 0.8);
        LossGridComputer.compute(NETWORK, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        LossGrid latestGrid = LossGridComputer.compute(latest, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        double[] latestLosses = copyOfLosses(latestGrid);
        CancelAfterFraction cancel = new CancelAfterFraction(cancelAtFraction);

        assertThrows(CancellationException.class, () -> LossGridComputer.compute(ZERO_INPUT, GridAxes.LECTURE,
                cancel::report, cancel::isCancelled, buffers));

        assertTrue(cancel.maxFraction() < 1.0, "progress reached " + cancel.maxFraction());
        assertSameBits(latestLosses, latestGrid);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.6})
    void computationAfterCancelledSharedGridRewritesEveryBlock(double cancelAtFraction) {
        GridBuffers buffers = new GridBuffers(LARGE_BUDGET);
        LossGridComputer.compute(NETWORK, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        LossGridComputer.compute(new TinyNetwork(-1.5, 0.8), GridAxes.LECTURE, fraction -> { }, () -> false, buffers);
        CancelAfterFraction cancel = new CancelAfterFraction(cancelAtFraction);
        assertThrows(CancellationException.class, () -> LossGridComputer.compute(ZERO_INPUT, GridAxes.LECTURE,
                cancel::report, cancel::isCancelled, buffers));

        LossGrid grid = LossGridComputer.compute(NETWORK, GridAxes.LECTURE, fraction -> { }, () -> false, buffers);

        LossGrid everyBlock = LossGridComputer.computeEveryBlock(NETWORK, GridAxes.LECTURE, new GridBuffers(LARGE_BUDGET));
        assertSameBits(copyOfLosses(everyBlock), grid);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.0, -1.5})
    void sharedGridReadsMatchEveryBlock(double input) {
        TinyNetwork network = new TinyNetwork(input, 0.7);
        LossGrid shared = LossGridComputer.compute(network, GridAxes.LECTURE);
        LossGrid everyBlock = LossGridComputer.computeEveryBlock(network, GridAxes.LECTURE, new GridBuffers(LARGE_BUDGET));
        Random random = new Random(Double.doubleToLongBits(input));

        assertTrue(shared.storedSize() < everyBlock.storedSize(), "stored " + shared.storedSize());
        assertEquals(everyBlock.argmin(), shared.argmin());
        assertEquals(everyBlock.argmax(), shared.argmax());
        for (int trial = 0; trial < 200; trial++) {
            GridIndex through = new GridIndex(random.nextInt(40), random.nextInt(40), random.nextInt(40),
                    random.nextInt(40));
            assertEquals(everyBlock.loss(through), shared.loss(through), 0.0, through::toString);
            for (Parameter parameter : Parameter.values()) {
                assertArrayEquals(everyBlock.slice(parameter, through), shared.slice(parameter, through), 0.0,
                        () -> parameter + " slice through " + through);
            }
        }
    }

    @Test
    void zeroInputExtremesLieAtFirstW0() {
        // Every w0 value repeats the blocks of w0 index 0, so the first extreme lies there.
        LossGrid grid = LossGridComputer.compute(ZERO_INPUT, GridAxes.LECTURE);

        assertEquals(40 * 1600, grid.storedSize());
        assertEquals(0, grid.argmin().w0());
        assertEquals(0, grid.argmax().w0());
        assertMatchesNaive(grid, ZERO_INPUT);
    }

    /** Asserts that the deduplicated grid, new array and buffers, has the bits of the one computing every block. */
    private static void assertSameBitsAsEveryBlock(TinyNetwork network, GridAxes axes) {
        LossGrid everyBlock = LossGridComputer.computeEveryBlock(network, axes, new GridBuffers(LARGE_BUDGET));

        LossGrid intoArray = LossGridComputer.compute(network, axes);
        LossGrid intoBuffers = LossGridComputer.compute(network, axes, fraction -> { }, () -> false,
                new GridBuffers(LARGE_BUDGET));

        double[] expected = copyOfLosses(everyBlock);
        assertSameBits(expected, intoArray);
        assertSameBits(expected, intoBuffers);
    }

    private static void assertSameBits(double[] expected, LossGrid actual) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            int position = i;
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual.lossAt(i)),
                    () -> "bits of the loss at flat index " + position);
        }
    }

    private static double[] copyOfLosses(LossGrid grid) {
        double[] losses = new double[grid.size()];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = grid.lossAt(i);
        }
        return losses;
    }

    private static double[] hiddenActivations(TinyNetwork network, GridAxes axes) {
        int n1 = axes.b0().size();
        double[] hidden = new double[axes.w0().size() * n1];
        for (int i = 0; i < axes.w0().size(); i++) {
            for (int j = 0; j < n1; j++) {
                hidden[i * n1 + j] = network.hidden(axes.w0().value(i), axes.b0().value(j));
            }
        }
        return hidden;
    }

    /** A cancellation flag that turns true once a progress report reaches a fraction. */
    private static final class CancelAfterFraction {

        private final double threshold;
        private final DoubleAccumulator max = new DoubleAccumulator(Math::max, 0);

        CancelAfterFraction(double threshold) {
            this.threshold = threshold;
        }

        void report(double fraction) {
            max.accumulate(fraction);
        }

        boolean isCancelled() {
            return max.get() >= threshold;
        }

        double maxFraction() {
            return max.get();
        }
    }
}
