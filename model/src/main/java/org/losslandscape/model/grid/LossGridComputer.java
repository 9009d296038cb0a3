package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * Computes a {@link LossGrid} for a network over four axes, in parallel on the common
 * fork-join pool.
 *
 * <p>The work is split into blocks, one per (w0, b0) pair. A block computes the hidden
 * activation h = σ(w0·x + b0) once, then the output for every (w1, b1) pair through the
 * factorisation
 * <pre>
 *   σ(w1·h + b1) = 1 / (1 + e^(−w1·h) · e^(−b1))
 * </pre>
 * with e^(−b1) computed once per grid and e^(−w1·h) once per (w0, b0, w1). The inner loop then
 * needs one multiply, one add and one divide per point and allocates nothing. The product
 * differs from e^(−(w1·h + b1)) by a few units in the last place, far below 1e-12 in the loss.
 * Where an exponent could overflow (|w1| or |b1| above {@value #SEPARABLE_LIMIT}) the computer
 * falls back to one exponential per point.
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
     * Computes the loss at every point of {@code axes}.
     *
     * @param progress  receives the fraction of blocks done, from 0 to 1, on the worker threads,
     *                  possibly out of order and concurrently; must be thread-safe and fast
     * @param cancelled polled by the workers between blocks; once it returns {@code true} the
     *                  computation stops and throws
     * @throws CancellationException    if {@code cancelled} returned {@code true}
     * @throws IllegalArgumentException if the grid holds more than {@link Integer#MAX_VALUE} − 8
     *                                  points, the largest Java array
     */
    public static LossGrid compute(TinyNetwork network, GridAxes axes,
                                   DoubleConsumer progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        long points = axes.pointCount();
        if (points > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Grid of " + points + " points exceeds the largest Java array ("
                    + (Integer.MAX_VALUE - 8) + " elements)");
        }
        double[] losses = new double[(int) points];
        new Job(network, axes, losses, progress, cancelled).run();
        return new LossGrid(axes, losses);
    }

    /** One computation: its inputs, output array and progress counter. */
    private static final class Job {
        private final TinyNetwork network;
        private final double[] w0;
        private final double[] b0;
        private final double[] w1;
        private final double[] b1;
        private final double[] expMinusB1;
        private final boolean separable;
        private final double[] losses;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private final AtomicInteger blocksDone = new AtomicInteger();

        Job(TinyNetwork network, GridAxes axes, double[] losses, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.network = network;
            this.w0 = axes.w0().values();
            this.b0 = axes.b0().values();
            this.w1 = axes.w1().values();
            this.b1 = axes.b1().values();
            this.losses = losses;
            this.progress = progress;
            this.cancelled = cancelled;
            this.separable = maxAbs(w1) <= SEPARABLE_LIMIT && maxAbs(b1) <= SEPARABLE_LIMIT;
            this.expMinusB1 = new double[b1.length];
            for (int l = 0; l < b1.length; l++) {
                expMinusB1[l] = Math.exp(-b1[l]);
            }
        }

        void run() {
            int blocks = w0.length * b0.length;
            IntStream.range(0, blocks).parallel().forEach(this::computeBlock);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Grid computation cancelled");
            }
        }

        private void computeBlock(int block) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            double h = network.hidden(w0[block / b0.length], b0[block % b0.length]);
            double y = network.target();
            int offset = block * w1.length * b1.length;
            for (int k = 0; k < w1.length; k++) {
                int row = offset + k * b1.length;
                if (separable) {
                    double expMinusW1h = Math.exp(-w1[k] * h);
                    for (int l = 0; l < b1.length; l++) {
                        double error = y - 1.0 / (1.0 + expMinusW1h * expMinusB1[l]);
                        losses[row + l] = error * error;
                    }
                } else {
                    for (int l = 0; l < b1.length; l++) {
                        double error = y - TinyNetwork.sigmoid(w1[k] * h + b1[l]);
                        losses[row + l] = error * error;
                    }
                }
            }
            progress.accept((double) blocksDone.incrementAndGet() / (w0.length * b0.length));
        }

        private static double maxAbs(double[] values) {
            double max = 0;
            for (double v : values) {
                max = Math.max(max, Math.abs(v));
            }
            return max;
        }
    }
}
