package org.losslandscape.model.grid;

import java.util.Locale;

/**
 * The largest loss array, in bytes, that {@link LossGridComputer} may allocate for one grid.
 * A grid whose array would need more is rejected with {@link GridTooLargeException} before
 * anything is allocated. The array holds 8 bytes per stored loss, which is fewer than the
 * points when blocks share their losses (see {@link LossGrid}).
 *
 * @param bytes maximum size of one grid's loss array, positive
 */
public record GridMemoryBudget(long bytes) {

    /**
     * Share of the max heap that one grid may take, a quarter. While a grid is recomputed two
     * arrays of its size are alive: the new one and the grid still on screen, or the two
     * buffers of {@link GridBuffers}. That is half the heap, and the other half is left to the
     * rest of the application and to the garbage collector, which needs contiguous free regions
     * for arrays this large.
     */
    public static final double MAX_HEAP_SHARE = 0.25;

    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public GridMemoryBudget {
        if (bytes <= 0) {
            throw new IllegalArgumentException("Invalid grid memory budget of " + bytes + " bytes: expected a positive number");
        }
    }

    /** Returns the budget for this JVM: {@link #MAX_HEAP_SHARE} of {@code Runtime.maxMemory()}. */
    public static GridMemoryBudget fromMaxHeap() {
        return new GridMemoryBudget((long) (Runtime.getRuntime().maxMemory() * MAX_HEAP_SHARE));
    }

    /** Returns the bytes of a loss array of {@code losses} elements, or {@link Long#MAX_VALUE} on overflow. */
    public static long bytesFor(long losses) {
        if (losses > Long.MAX_VALUE / Double.BYTES) {
            return Long.MAX_VALUE;
        }
        return losses * Double.BYTES;
    }

    /**
     * Checks that a grid of {@code points} points can be indexed: C-order indices are
     * {@code int}, so a grid may have at most the length of the largest Java array.
     *
     * @throws GridTooLargeException if it has more points, before anything is allocated
     */
    public void checkIndexable(long points) {
        if (points > GridTooLargeException.MAX_ARRAY_LENGTH) {
            throw new GridTooLargeException(points, bytesFor(points), "Grid of " + points
                    + " points exceeds the largest Java array (" + GridTooLargeException.MAX_ARRAY_LENGTH
                    + " elements), so its points cannot be indexed. Compute the 1-D slices on demand with"
                    + " SliceComputer, or use fewer values per axis.");
        }
    }

    /**
     * Checks that a grid of {@code points} points, of which {@code storedPoints} losses are
     * stored, can be indexed and fits the budget.
     *
     * @throws GridTooLargeException if it does not, before anything is allocated
     */
    public void check(long points, long storedPoints) {
        checkIndexable(points);
        long needed = bytesFor(storedPoints);
        if (needed > bytes) {
            String sharing = storedPoints == points ? "" : " (" + storedPoints + " losses stored, the rest shared)";
            throw new GridTooLargeException(points, needed, "Grid of " + points + " points needs "
                    + formatBytes(needed) + " for its loss array" + sharing + ", over the budget of "
                    + formatBytes(bytes) + " (" + describeShare() + "). Compute the 1-D slices on demand with"
                    + " SliceComputer, use fewer values per axis, or raise the max heap with -Xmx.");
        }
    }

    /**
     * Formats a byte count with decimal SI prefixes and one decimal, such as {@code "12.8 GB"}
     * for 12.8·10⁹ bytes, with a point as the decimal separator.
     */
    public static String formatBytes(long bytes) {
        return formatBytes(bytes, Locale.ROOT);
    }

    /**
     * Formats a byte count as {@link #formatBytes(long)} does, with the decimal separator of
     * {@code locale}, such as {@code "12,8 GB"} in Brazilian Portuguese.
     */
    public static String formatBytes(long bytes, Locale locale) {
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(locale, "%.1f %s", value, units[unit]);
    }

    private String describeShare() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (bytes == (long) (maxHeap * MAX_HEAP_SHARE)) {
            return "a quarter of the " + formatBytes(maxHeap) + " max heap";
        }
        return "set by the caller";
    }
}
