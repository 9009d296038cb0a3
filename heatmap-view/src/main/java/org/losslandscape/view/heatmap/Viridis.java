package org.losslandscape.view.heatmap;

/**
 * The viridis colour map: perceptually uniform, readable in grey scale and by viewers with
 * the common forms of colour blindness, dark purple for low values to yellow for high ones.
 *
 * <p>The anchors are matplotlib's viridis (released under CC0) at 0, 0.1, …, 1. Between
 * anchors the sRGB components are interpolated linearly into a table of {@value #SIZE}
 * colours. Immutable and safe to share between threads.
 */
final class Viridis {

    /** Number of colours in the table. */
    static final int SIZE = 256;

    /** Red, green and blue from 0 to 1 at t = 0, 0.1, …, 1. */
    private static final double[][] ANCHORS = {
        {0.267004, 0.004874, 0.329415},
        {0.282327, 0.140926, 0.457517},
        {0.253935, 0.265254, 0.529983},
        {0.206756, 0.371758, 0.553117},
        {0.163625, 0.471133, 0.558148},
        {0.127568, 0.566949, 0.550556},
        {0.134692, 0.658636, 0.517649},
        {0.266941, 0.748751, 0.440573},
        {0.477504, 0.821444, 0.318195},
        {0.741388, 0.873449, 0.149561},
        {0.993248, 0.906157, 0.143936},
    };

    private static final int[] TABLE = buildTable();

    private Viridis() {
    }

    /**
     * Returns the opaque colour at {@code t} as ARGB, {@code 0xAARRGGBB}. Values below 0 and
     * NaN give the first colour, values above 1 the last.
     */
    static int argb(double t) {
        if (!(t > 0)) {
            return TABLE[0];
        }
        return TABLE[(int) Math.min(SIZE - 1, Math.round(t * (SIZE - 1)))];
    }

    /** Returns colour {@code index} of the table as ARGB, 0 the lowest value. */
    static int entry(int index) {
        return TABLE[index];
    }

    private static int[] buildTable() {
        int[] table = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double position = (double) i / (SIZE - 1) * (ANCHORS.length - 1);
            int lower = Math.min((int) position, ANCHORS.length - 2);
            double weight = position - lower;
            table[i] = 0xFF000000
                    | channel(ANCHORS[lower][0], ANCHORS[lower + 1][0], weight) << 16
                    | channel(ANCHORS[lower][1], ANCHORS[lower + 1][1], weight) << 8
                    | channel(ANCHORS[lower][2], ANCHORS[lower + 1][2], weight);
        }
        return table;
    }

    private static int channel(double from, double to, double weight) {
        return (int) Math.round((from + (to - from) * weight) * 255);
    }
}
