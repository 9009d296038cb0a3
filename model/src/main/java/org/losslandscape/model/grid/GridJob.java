package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * One grid computation: its precomputed factors, output array and shared counters.
 *
 * <p>The computation fills the stored blocks (see {@link DistinctBlocks}), a block being the
 * n2·n3 losses of one (w0, b0) pair. The stored rows, each the n3 points of one (w0, b0, w1)
 * triple, are contiguous in the output array and cut into at most {@value #MAX_STEPS} steps
 * of consecutive rows. One worker per available processor, the calling thread and tasks forked
 * to the common pool, claims steps from a shared counter until none is left. Claiming at run
 * time keeps both cores busy when one of them is slowed down by other processes. Cancellation
 * is polled and progress reported once per step.
 */
final class GridJob {

    /** Maximum number of steps per grid: enough for a smooth progress bar and for load balancing. */
    static final int MAX_STEPS = 256;

    /** Minimum points per step, so that small grids are not cut into steps of a few rows. */
    static final int MIN_STEP_POINTS = 4096;

    /** Points per chunk of the two-pass row loop: 16 KB, half of a typical 32 KB L1 data cache. */
    static final int CHUNK_POINTS = 2048;

    private final double target;
    private final double[] hidden;
    private final int[] computed;
    private final double[] w1;
    private final double[] b1;
    private final double[] expMinusB1;
    private final boolean separable;
    private final double[] losses;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private final int storedRows;
    private final int rowsPerStep;
    private final int steps;
    private final AtomicInteger nextStep = new AtomicInteger();
    private final AtomicInteger stepsDone = new AtomicInteger();
    private volatile boolean stopped;

    /**
     * Prepares a computation that overwrites the first {@code blocks.storedPoints(n2·n3)}
     * elements of {@code losses}, stored block s from position s·n2·n3.
     *
     * @param hidden h of each (w0, b0) block in block order, from {@link #hiddenActivations}
     */
    GridJob(TinyNetwork network, GridAxes axes, double[] hidden, DistinctBlocks blocks, double[] losses,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        this.target = network.target();
        this.hidden = hidden;
        this.computed = blocks.computed();
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
        this.storedRows = computed.length * w1.length;
        this.rowsPerStep = Math.max(divideRoundingUp(storedRows, MAX_STEPS),
                divideRoundingUp(MIN_STEP_POINTS, b1.length));
        this.steps = divideRoundingUp(storedRows, rowsPerStep);
    }

    /**
     * Fills the array on the calling thread and the common pool, and returns once no worker
     * writes into it any more, also when a worker failed or the job was cancelled.
     *
     * @throws CancellationException if {@code cancelled} returned {@code true}
     */
    void run() {
        if (steps > 0) {
            runWorkers();
        }
        if (stopped || cancelled.getAsBoolean()) {
            throw new CancellationException("Grid computation cancelled");
        }
    }

    /** Runs the steps on up to one worker per processor and waits for all of them. */
    private void runWorkers() {
        Runnable work = this::work;
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

    private void work() {
        try {
            for (int s = nextStep.getAndIncrement(); s < steps && !stopped; s = nextStep.getAndIncrement()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    return;
                }
                int firstRow = s * rowsPerStep;
                int endRow = Math.min(storedRows, firstRow + rowsPerStep);
                if (separable) {
                    fillFactorised(firstRow, endRow);
                } else {
                    fillDirect(firstRow, endRow);
                }
                progress.accept((double) stepsDone.incrementAndGet() / steps);
            }
        } catch (RuntimeException | Error e) {
            stopped = true;
            throw e;
        }
    }

    /**
     * Fills stored rows [firstRow, endRow) with the factorised sigmoid, one exponential per row, in
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

    /** Writes e^(−w1·h)·e^(−b1) into the losses array for every point of stored rows [firstRow, endRow). */
    private void writeProducts(int firstRow, int endRow) {
        int n2 = w1.length;
        int n3 = expMinusB1.length;
        int block = firstRow / n2;
        int k = firstRow % n2;
        int offset = firstRow * n3;
        for (int row = firstRow; row < endRow; row++) {
            double expMinusW1h = Math.exp(-w1[k] * hidden[computed[block]]);
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

    /** Fills stored rows [firstRow, endRow) with one exponential per point, for exponents that could overflow. */
    private void fillDirect(int firstRow, int endRow) {
        int n2 = w1.length;
        int n3 = b1.length;
        for (int row = firstRow; row < endRow; row++) {
            double w1h = w1[row % n2] * hidden[computed[row / n2]];
            int offset = row * n3;
            for (int l = 0; l < n3; l++) {
                double error = target - TinyNetwork.sigmoid(w1h + b1[l]);
                losses[offset + l] = error * error;
            }
        }
    }

    /** Returns h = σ(w0·x + b0) of each (w0, b0) block, in block order. */
    static double[] hiddenActivations(TinyNetwork network, GridAxes axes) {
        double[] w0 = axes.w0().values();
        double[] b0 = axes.b0().values();
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
