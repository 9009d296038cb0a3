package org.losslandscape.model.grid;

/**
 * Thrown when a loss grid would need more memory than its {@link GridMemoryBudget} allows, or
 * more elements than a Java array can hold. It is thrown before the array is allocated, so
 * the caller can recover, for example by switching to on-demand slices.
 */
public final class GridTooLargeException extends IllegalArgumentException {

    /** Largest array length that HotSpot allocates, a few elements short of {@link Integer#MAX_VALUE}. */
    static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private static final long serialVersionUID = 1L;

    /** Number of grid points that was requested. */
    private final long points;

    /** Bytes the grid's loss array would need. */
    private final long neededBytes;

    GridTooLargeException(long points, long neededBytes, String message) {
        super(message);
        this.points = points;
        this.neededBytes = neededBytes;
    }

    /** Returns the number of grid points that was requested. */
    public long points() {
        return points;
    }

    /**
     * Returns the bytes the grid's loss array would need, after sharing repeated blocks. For a
     * grid with more points than an array can index, see {@link #beyondLargestArray()}, the
     * blocks are not examined and this is 8 bytes per point.
     */
    public long neededBytes() {
        return neededBytes;
    }

    /** Returns true when the grid has more points than an array can index, whatever the budget. */
    public boolean beyondLargestArray() {
        return points > MAX_ARRAY_LENGTH;
    }
}
