package org.losslandscape.view.heatmap;

import org.losslandscape.viewmodel.LossMap;

import java.util.Arrays;

/**
 * Finds contour lines of a loss map by marching squares. A cell is a square of four
 * neighbouring map values. The line at a level crosses every cell edge whose two ends lie on
 * different sides of the level, at the linearly interpolated position. A cell with two
 * diagonally opposite corners above the level (a saddle) is resolved by the mean of its four
 * corners.
 *
 * <p>Pure functions, safe on any thread.
 */
final class ContourLines {

    private static final int BOTTOM = 0;
    private static final int RIGHT = 1;
    private static final int TOP = 2;
    private static final int LEFT = 3;

    private ContourLines() {
    }

    /**
     * Returns {@code count} levels evenly spaced strictly between the scale's min and max, or
     * none for a flat scale.
     */
    static double[] levels(ColourScale scale, int count) {
        if (scale.flat()) {
            return new double[0];
        }
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = scale.min() + (scale.max() - scale.min()) * (k + 1) / (count + 1);
        }
        return levels;
    }

    /**
     * Returns the line segments of every level, packed as {@code x0, y0, x1, y1} in parameter
     * values: segment i is entries 4i to 4i + 3.
     */
    static double[] segments(LossMap map, double[] levels) {
        SegmentBuffer buffer = new SegmentBuffer();
        double[] losses = map.losses();
        int width = map.width();
        for (int row = 0; row + 1 < map.height(); row++) {
            for (int column = 0; column + 1 < width; column++) {
                int bottom = row * width + column;
                int top = bottom + width;
                double[] corners = {losses[bottom], losses[bottom + 1], losses[top + 1], losses[top]};
                double low = Math.min(Math.min(corners[0], corners[1]), Math.min(corners[2], corners[3]));
                double high = Math.max(Math.max(corners[0], corners[1]), Math.max(corners[2], corners[3]));
                for (double level : levels) {
                    // A level crosses the cell only when some corners lie above it and some do not.
                    if (level >= low && level < high) {
                        addCell(map, corners, level, column, row, buffer);
                    }
                }
            }
        }
        return buffer.toArray();
    }

    /**
     * Adds the segments of one cell at {@code level}.
     *
     * @param corners the losses at the bottom-left, bottom-right, top-right and top-left
     *                corners, in that order; not modified
     */
    private static void addCell(LossMap map, double[] corners, double level, int column, int row,
                                SegmentBuffer buffer) {
        double bottomLeft = corners[0];
        double bottomRight = corners[1];
        double topRight = corners[2];
        double topLeft = corners[3];
        double[] crossings = new double[8];
        boolean[] crossed = new boolean[4];
        double x0 = map.xValues()[column];
        double x1 = map.xValues()[column + 1];
        double y0 = map.yValues()[row];
        double y1 = map.yValues()[row + 1];
        crossed[BOTTOM] = cross(level, bottomLeft, bottomRight, x0, y0, x1, y0, crossings, BOTTOM);
        crossed[RIGHT] = cross(level, bottomRight, topRight, x1, y0, x1, y1, crossings, RIGHT);
        crossed[TOP] = cross(level, topLeft, topRight, x0, y1, x1, y1, crossings, TOP);
        crossed[LEFT] = cross(level, bottomLeft, topLeft, x0, y0, x0, y1, crossings, LEFT);
        int count = (crossed[BOTTOM] ? 1 : 0) + (crossed[RIGHT] ? 1 : 0) + (crossed[TOP] ? 1 : 0) + (crossed[LEFT] ? 1 : 0);
        if (count == 2) {
            addSingle(crossed, crossings, buffer);
        } else if (count == 4) {
            boolean centreAbove = (bottomLeft + bottomRight + topRight + topLeft) / 4 > level;
            addSaddle((bottomLeft > level) == centreAbove, crossings, buffer);
        }
    }

    /** Stores the crossing of the edge from value a at (ax, ay) to value b at (bx, by), if any. */
    private static boolean cross(double level, double a, double b, double ax, double ay, double bx, double by,
                                 double[] crossings, int edge) {
        if ((a > level) == (b > level)) {
            return false;
        }
        double t = (level - a) / (b - a);
        crossings[2 * edge] = ax + t * (bx - ax);
        crossings[2 * edge + 1] = ay + t * (by - ay);
        return true;
    }

    private static void addSingle(boolean[] crossed, double[] crossings, SegmentBuffer buffer) {
        int first = -1;
        for (int edge = 0; edge < 4; edge++) {
            if (!crossed[edge]) {
                continue;
            }
            if (first < 0) {
                first = edge;
            } else {
                buffer.add(crossings, first, edge);
            }
        }
    }

    /**
     * Adds the two segments of a saddle cell. When the bottom-left corner is on the same side
     * as the centre, it joins the top-right corner through the middle, so the lines cut off
     * the other two corners: bottom to right and top to left. Otherwise they cut off the
     * bottom-left and top-right corners.
     */
    private static void addSaddle(boolean bottomLeftJoinsCentre, double[] crossings, SegmentBuffer buffer) {
        if (bottomLeftJoinsCentre) {
            buffer.add(crossings, BOTTOM, RIGHT);
            buffer.add(crossings, TOP, LEFT);
        } else {
            buffer.add(crossings, BOTTOM, LEFT);
            buffer.add(crossings, RIGHT, TOP);
        }
    }

    /** A growing array of packed segments. */
    private static final class SegmentBuffer {
        private double[] values = new double[256];
        private int size;

        void add(double[] crossings, int fromEdge, int toEdge) {
            if (size + 4 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = crossings[2 * fromEdge];
            values[size++] = crossings[2 * fromEdge + 1];
            values[size++] = crossings[2 * toEdge];
            values[size++] = crossings[2 * toEdge + 1];
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
