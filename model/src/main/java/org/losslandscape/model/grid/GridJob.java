package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * One grid computation: its precomputed factors, output array and shared counters.
 *
 * <p>The computation runs in two phases. The first computes the distinct blocks, a block being
 * the n2·n3 losses of one (w0, b0) pair, and the second copies each remaining block from the
 * computed block with the same hidden activation (see {@link DistinctBlocks}). The rows to
 * compute, each the n3 points of one (w0, b0, w1) triple, are cut into steps of consecutive
 * rows, and the blocks to copy into steps of consecutive blocks, at most {@value #MAX_STEPS}
 * steps in all. One worker per available processor, the calling thread and tasks forked to the
 * common pool, claims steps from a shared counter until none is left. Claiming at run time
 * keeps both cores busy when one of them is slowed down by other processes. Cancellation is
 * polled and progress reported once per step.
 */
final class GridJob {

    /** Maximum number of steps per grid, both phases together: enough for a smooth progress bar and for load balancing. */
    static final int MAX_STEPS = 256;

    /** Maximum number of copy steps. A copied point costs a fraction of a computed one, so fewer steps suffice. */
    static final int MAX_COPY_STEPS = 32;

    /** Minimum points per step, so that small grids are not cut into steps of a few rows. */
    static final int MIN_STEP_POINTS = 4096;

    /** Points per chunk of the two-pass row loop: 16 KB, half of a typical 32 KB L1 data cache. */
    static final int CHUNK_POINTS = 2048;

    private final double target;
    private final double[] hidden;
    private final double[] w1;
    private final double[] b1;
    private final double[] expMinusB1;
    private final boolean separable;
    private final double[] losses;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final DistinctBlocks blocks;
    private final int blockPoints;
    private final int computedRows;
    private final int rowsPerStep;
    private final int computeSteps;
    private final int blocksPerCopyStep;
    private final int copySteps;
    private final AtomicInteger stepsDone = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * Prepares a computation that overwrites every element of {@code losses}.
     *
     * @param deduplicate whether blocks with the same hidden activation are copied instead of
     *                    computed. The losses have the same bits either way.
     */
    GridJob(TinyNetwork network, GridAxes axes, double[] losses, DoubleConsumer progress, BooleanSupplier cancelled,
            boolean deduplicate) {
        this.target = network.target();
        this.hidden = hiddenActivations(network, axes.w0().values(), axes.b0().values());
        this.w1 = axes.w1().values();
        this.b1 = axes.b1().values();
        this.expMinusB1 = new double[b1.length];
        for (int l = 0; l < b1.length; l++) {
            expMinusB1[l] = Math.exp(-b1[l]);
        }
        this.separable = maxAbs(w1) <= LossGridComputer.SEPARABLE_LIMIT
                && maxAbs(b1) <= LossGridComputer.SEPARABLE_LIMIT;
        this.losses = losses;
        this.progress = progress;
        this.cancelled = cancelled;
        this.blockPoints = w1.length * b1.length;
        this.blocks = deduplicate ? DistinctBlocks.find(hidden, blockPoints) : DistinctBlocks.everyBlock(hidden.length);

        int copies = blocks.copyCount();
        this.blocksPerCopyStep = Math.max(divideRoundingUp(copies, MAX_COPY_STEPS),
                divideRoundingUp(MIN_STEP_POINTS, blockPoints));
        this.copySteps = divideRoundingUp(copies, blocksPerCopyStep);
        this.computedRows = blocks.computed().length * w1.length;
        this.rowsPerStep = Math.max(divideRoundingUp(computedRows, MAX_STEPS - copySteps),
                divideRoundingUp(MIN_STEP_POINTS, b1.length));
        this.computeSteps = divideRoundingUp(computedRows, rowsPerStep);
    }

    /**
     * Fills the array on the calling thread and the common pool, and returns once no worker
     * writes into it any more, also when a worker failed or the job was cancelled. The copy
     * phase starts after every worker of the compute phase has finished, and is skipped when
     * the compute phase stopped.
     *
     * @throws CancellationException if {@code cancelled} returned {@code true}
     */
    void run() {
        runPhase(computeSteps, this::computeStep);
        if (!stopped) {
            runPhase(copySteps, this::copyStep);
        }
        if (stopped || cancelled.getAsBoolean()) {
            throw new CancellationException("Grid computation cancelled");
        }
    }

    /** Runs steps [0, steps) of one phase on up to one worker per processor and waits for all of them. */
    private void runPhase(int steps, IntConsumer step) {
        if (steps == 0) {
            return;
        }
        AtomicInteger nextStep = new AtomicInteger();
        Runnable work = () -> work(steps, step, nextStep);
        int workers = Math.min(steps, Runtime.getRuntime().availableProcessors());
        ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[workers - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = ForkJoinTask.adapt(work).fork();
        }
        RuntimeException failure = null;
        try {
            work.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        failure = awaitHelpers(helpers, failure);
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for every helper to finish, unless it never started, and returns the first failure. */
    private static RuntimeException awaitHelpers(ForkJoinTask<?>[] helpers, RuntimeException failure) {
        for (int i = helpers.length - 1; i >= 0; i--) {
            ForkJoinTask<?> helper = helpers[i];
            if (helper.tryUnfork()) {
                continue;
            }
            helper.quietlyJoin();
            if (failure == null && helper.getException() instanceof RuntimeException e) {
                failure = e;
            }
        }
        return failure;
    }

    private void work(int steps, IntConsumer step, AtomicInteger nextStep) {
        int allSteps = computeSteps + copySteps;
        try {
            for (int s = nextStep.getAndIncrement(); s < steps && !stopped; s = nextStep.getAndIncrement()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    return;
                }
                step.accept(s);
                // NOTE: a copy step counts as much as a compute step here, although it takes less time.
                progress.accept((double) stepsDone.incrementAndGet() / allSteps);
            }
        } catch (RuntimeException | Error e) {
            stopped = true;
            throw e;
        }
    }

    /**
     * Computes the rows of one compute step. The step's rows are numbered over the computed
     * blocks only, so they may lie in blocks that are apart in the array. Each run of rows that
     * are adjacent in the array is filled in one call, so that no chunk of the two-pass loop
     * spans a gap.
     */
    private void computeStep(int step) {
        int n2 = w1.length;
        int[] computed = blocks.computed();
        int firstRow = step * rowsPerStep;
        int endRow = Math.min(computedRows, firstRow + rowsPerStep);
        int row = firstRow;
        while (row < endRow) {
            int block = row / n2;
            int runEnd = Math.min(endRow, (block + 1) * n2);
            while (runEnd < endRow && computed[block + 1] == computed[block] + 1) {
                block++;
                runEnd = Math.min(endRow, (block + 1) * n2);
            }
            int arrayRow = computed[row / n2] * n2 + row % n2;
            if (separable) {
                fillFactorised(arrayRow, arrayRow + runEnd - row);
            } else {
                fillDirect(arrayRow, arrayRow + runEnd - row);
            }
            row = runEnd;
        }
    }

    /** Copies the blocks of one copy step from their computed sources. */
    private void copyStep(int step) {
        int[] copied = blocks.copied();
        int[] sources = blocks.sources();
        int first = step * blocksPerCopyStep;
        int end = Math.min(copied.length, first + blocksPerCopyStep);
        for (int i = first; i < end; i++) {
            System.arraycopy(losses, sources[i] * blockPoints, losses, copied[i] * blockPoints, blockPoints);
        }
    }

    /**
     * Fills rows [firstRow, endRow) with the factorised sigmoid, one exponential per row, in
     * chunks of about {@value #CHUNK_POINTS} points. A first pass writes the product
     * e^(−w1·h)·e^(−b1) of every point of the chunk, row by row. A second pass turns the whole
     * chunk into losses in one loop. Rows are often short (40 points in the lecture's grid), too
     * short for C2's SIMD loop to pay off, while the chunk-long second pass, which contains the
     * division, runs in SIMD registers. The chunk stays in the L1 cache between the passes.
     */
    private void fillFactorised(int firstRow, int endRow) {
        int n3 = expMinusB1.length;
        int rowsPerChunk = Math.max(1, CHUNK_POINTS / n3);
        for (int chunkStart = firstRow; chunkStart < endRow; chunkStart += rowsPerChunk) {
            int chunkEnd = Math.min(endRow, chunkStart + rowsPerChunk);
            writeProducts(chunkStart, chunkEnd);
            productsToLosses(losses, chunkStart * n3, chunkEnd * n3, target);
        }
    }

    /** Writes e^(−w1·h)·e^(−b1) into the losses array for every point of rows [firstRow, endRow). */
    private void writeProducts(int firstRow, int endRow) {
        int n2 = w1.length;
        int n3 = expMinusB1.length;
        int block = firstRow / n2;
        int k = firstRow % n2;
        int offset = firstRow * n3;
        for (int row = firstRow; row < endRow; row++) {
            double expMinusW1h = Math.exp(-w1[k] * hidden[block]);
            for (int l = 0; l < n3; l++) {
                losses[offset + l] = expMinusW1h * expMinusB1[l];
            }
            offset += n3;
            if (++k == n2) {
                k = 0;
                block++;
            }
        }
    }

    /**
     * Replaces each product p in {@code values[from, to)} with the loss (y − 1/(1 + p))². Kept a
     * loop with no branch and no call so that C2 compiles it to SIMD instructions.
     */
    static void productsToLosses(double[] values, int from, int to, double target) {
        for (int i = from; i < to; i++) {
            double error = target - 1.0 / (1.0 + values[i]);
            values[i] = error * error;
        }
    }

    /** Fills rows [firstRow, endRow) with one exponential per point, for exponents that could overflow. */
    private void fillDirect(int firstRow, int endRow) {
        int n2 = w1.length;
        int n3 = b1.length;
        for (int row = firstRow; row < endRow; row++) {
            double w1h = w1[row % n2] * hidden[row / n2];
            int offset = row * n3;
            for (int l = 0; l < n3; l++) {
                double error = target - TinyNetwork.sigmoid(w1h + b1[l]);
                losses[offset + l] = error * error;
            }
        }
    }

    private static double[] hiddenActivations(TinyNetwork network, double[] w0, double[] b0) {
        double[] hidden = new double[w0.length * b0.length];
        for (int i = 0; i < w0.length; i++) {
            for (int j = 0; j < b0.length; j++) {
                hidden[i * b0.length + j] = network.hidden(w0[i], b0[j]);
            }
        }
        return hidden;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static int divideRoundingUp(int dividend, int divisor) {
        return (int) ((dividend + (long) divisor - 1) / divisor);
    }
}
