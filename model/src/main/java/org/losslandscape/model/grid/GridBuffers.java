package org.losslandscape.model.grid;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two loss arrays that {@link LossGridComputer} reuses when a caller recomputes grids of the
 * same size, so that a 100⁴ grid does not allocate another 800 MB each time.
 *
 * <p>The buffers alternate. A computation writes into the spare buffer and, once it has
 * finished, the grid it returns owns that buffer, while the buffer of the previous grid
 * becomes the spare. So the caller may keep reading the latest grid while the next one is
 * computed, and a cancelled computation leaves the latest grid untouched.
 *
 * <p><b>Ownership:</b> a grid computed with these buffers stays valid until the second
 * computation after it starts. Grid n is overwritten by computation n + 2, successful or
 * cancelled, so the caller must drop every grid older than the latest one before it starts
 * a new computation.
 *
 * <p>NOTE: nothing detects a read of an overwritten grid, which returns the newer losses.
 *
 * <p>Computations that share buffers run one at a time: a second call waits until the first
 * has returned or thrown. When the grid size changes, the spare buffer is dropped and a new
 * one of the new size is allocated.
 */
public final class GridBuffers {

    /** Held by a computation for as long as it writes into the spare buffer. */
    final ReentrantLock lock = new ReentrantLock();

    private final GridMemoryBudget budget;
    private double[] latest;
    private double[] spare;

    /** Creates empty buffers with the budget {@link GridMemoryBudget#fromMaxHeap()}. */
    public GridBuffers() {
        this(GridMemoryBudget.fromMaxHeap());
    }

    /** Creates empty buffers; each of the two arrays may take up to {@code budget} bytes. */
    public GridBuffers(GridMemoryBudget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** Returns the budget that limits each of the two arrays. */
    public GridMemoryBudget budget() {
        return budget;
    }

    /** Returns the spare array, resized to {@code length}. The caller holds {@link #lock}. */
    double[] spare(int length) {
        if (spare == null || spare.length != length) {
            // Drop the old array first, so the collector may reclaim it for the new one.
            spare = null;
            spare = new double[length];
        }
        return spare;
    }

    /** Makes {@code array}, the spare just filled, the latest grid's array. The caller holds {@link #lock}. */
    void publish(double[] array) {
        spare = latest;
        latest = array;
    }
}
