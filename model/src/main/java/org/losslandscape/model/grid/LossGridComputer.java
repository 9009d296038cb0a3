package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Computes a {@link LossGrid} for a network over four axes, in parallel on the common
 * fork-join pool and the calling thread.
 *
 * <p>The hidden activation h = σ(w0·x + b0) is computed once per (w0, b0) pair. The output
 * then uses the factorisation
 * <pre>
 *   σ(w1·h + b1) = 1 / (1 + e^(−w1·h) · e^(−b1))
 * </pre>
 * with e^(−b1) computed once per grid and e^(−w1·h) once per row, a row being the n3 points
 * of one (w0, b0, w1) triple. Each point then needs one multiply, one add and one divide,
 * and no allocation. The loop that divides runs over chunks of several rows so that C2
 * compiles it to SIMD instructions even for short rows. The product differs from
 * e^(−(w1·h + b1)) by a few units in the last place, far below 1e-12 in the loss. Where an
 * exponent could overflow (|w1| or |b1| above {@value #SEPARABLE_LIMIT}) the computer falls
 * back to one exponential per point.
 *
 * <p>The losses of a (w0, b0) block depend on w0 and b0 only through h, and different pairs
 * often give the same h (797 distinct values for the 1,600 pairs of the lecture's grid). Only
 * the first block of each h is computed and stored; each later block with the same h shares
 * its stored losses (see {@link DistinctBlocks} and {@link LossGrid}).
 *
 * <p>Before allocating, every computation finds the distinct blocks, checks the losses to
 * store against a {@link GridMemoryBudget} and throws {@link GridTooLargeException} if they do
 * not fit. {@link #checkFits} runs the same check without computing.
 */
public final class LossGridComputer {

    /** Largest |w1| and |b1| for which e^(−w1·h)·e^(−b1) stays finite and non-zero. */
    static final double SEPARABLE_LIMIT = 300.0;

    private LossGridComputer() {
    }

    /** Computes the grid with no progress reports and no cancellation. */
    public static LossGrid compute(TinyNetwork network, GridAxes axes) {
        return compute(network, axes, fraction -> { }, () -> false);
    }

    /**
     * Computes the loss at every point of {@code axes} into a new array, within the budget
     * {@link GridMemoryBudget#fromMaxHeap()}.
     *
     * @param progress  receives the fraction of work done, from above 0 to 1, on the worker
     *                  threads, possibly out of order and concurrently. It must be thread-safe
     *                  and fast
     * @param cancelled polled by the workers before each of at most 256 steps, each computing
     *                  or copying at least 4,096 points unless the grid is smaller; once it
     *                  returns {@code true} the computation stops and throws
     * @throws CancellationException if {@code cancelled} returned {@code true}
     * @throws GridTooLargeException if the grid exceeds the budget or the largest Java array
     */
    public static LossGrid compute(TinyNetwork network, GridAxes axes,
                                   DoubleConsumer progress, BooleanSupplier cancelled) {
        return compute(network, axes, progress, cancelled, GridMemoryBudget.fromMaxHeap());
    }

    /**
     * Computes the loss at every point of {@code axes} into a new array, as
     * {@link #compute(TinyNetwork, GridAxes, DoubleConsumer, BooleanSupplier)} does, within
     * {@code budget}.
     *
     * @throws CancellationException if {@code cancelled} returned {@code true}
     * @throws GridTooLargeException if the grid exceeds {@code budget} or the largest Java array
     */
    public static LossGrid compute(TinyNetwork network, GridAxes axes, DoubleConsumer progress,
                                   BooleanSupplier cancelled, GridMemoryBudget budget) {
        checkArguments(network, axes, progress, cancelled);
        Layout layout = Layout.checked(network, axes, budget, true);
        double[] stored = new double[layout.storedLength()];
        layout.job(network, axes, stored, progress, cancelled).run();
        return new LossGrid(axes, stored, layout.blocks().storageOf());
    }

    /**
     * Computes the loss at every point of {@code axes} into the spare array of {@code buffers},
     * allocating only when the number of losses to store differs from the spare's length. The
     * returned grid is valid until the second computation after it starts, see
     * {@link GridBuffers}. On cancellation the spare array is left partly written, and the
     * latest grid computed with {@code buffers} stays valid.
     *
     * @throws CancellationException if {@code cancelled} returned {@code true}
     * @throws GridTooLargeException if the grid exceeds the budget of {@code buffers} or the
     *                               largest Java array
     */
    public static LossGrid compute(TinyNetwork network, GridAxes axes, DoubleConsumer progress,
                                   BooleanSupplier cancelled, GridBuffers buffers) {
        return computeIntoBuffers(network, axes, progress, cancelled, buffers, true);
    }

    /**
     * Checks, without computing any loss, that the grid of {@code axes} fits {@code budget}
     * and the largest Java array. It finds the distinct blocks as a computation would, which
     * takes one sigmoid and one hash lookup per (w0, b0) pair.
     *
     * @throws GridTooLargeException if it does not fit
     */
    public static void checkFits(TinyNetwork network, GridAxes axes, GridMemoryBudget budget) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(axes, "axes");
        Layout.checked(network, axes, budget, true);
    }

    /**
     * Computes the grid into {@code buffers} as
     * {@link #compute(TinyNetwork, GridAxes, DoubleConsumer, BooleanSupplier, GridBuffers)}
     * does, but computes and stores every block instead of sharing blocks with the same hidden
     * activation. The losses have the same bits. For tests and benchmarks that compare the two.
     */
    static LossGrid computeEveryBlock(TinyNetwork network, GridAxes axes, GridBuffers buffers) {
        return computeIntoBuffers(network, axes, fraction -> { }, () -> false, buffers, false);
    }

    private static LossGrid computeIntoBuffers(TinyNetwork network, GridAxes axes, DoubleConsumer progress,
                                               BooleanSupplier cancelled, GridBuffers buffers, boolean deduplicate) {
        checkArguments(network, axes, progress, cancelled);
        Layout layout = Layout.checked(network, axes, buffers.budget(), deduplicate);
        buffers.lock.lock();
        try {
            double[] stored = buffers.spare(layout.storedLength());
            layout.job(network, axes, stored, progress, cancelled).run();
            buffers.publish(stored);
            return new LossGrid(axes, stored, layout.blocks().storageOf());
        } finally {
            buffers.lock.unlock();
        }
    }

    private static void checkArguments(TinyNetwork network, GridAxes axes,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(axes, "axes");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** The hidden activation of each block and which blocks are stored, found before allocating. */
    private record Layout(double[] hidden, DistinctBlocks blocks, int blockPoints) {

        /**
         * Finds the layout of the grid of {@code axes} and checks it against {@code budget}. A
         * grid with more points than an array can index is rejected first, before its hidden
         * activations are computed.
         */
        static Layout checked(TinyNetwork network, GridAxes axes, GridMemoryBudget budget, boolean deduplicate) {
            budget.checkIndexable(axes.pointCount());
            double[] hidden = GridJob.hiddenActivations(network, axes);
            int blockPoints = axes.w1().size() * axes.b1().size();
            DistinctBlocks blocks = deduplicate ? DistinctBlocks.find(hidden, blockPoints)
                    : DistinctBlocks.everyBlock(hidden.length);
            budget.check(axes.pointCount(), blocks.storedPoints(blockPoints));
            return new Layout(hidden, blocks, blockPoints);
        }

        int storedLength() {
            return Math.toIntExact(blocks.storedPoints(blockPoints));
        }

        GridJob job(TinyNetwork network, GridAxes axes, double[] stored, DoubleConsumer progress,
                    BooleanSupplier cancelled) {
            return new GridJob(network, axes, hidden, blocks, stored, progress, cancelled);
        }
    }
}
