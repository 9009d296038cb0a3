package org.losslandscape.view.heatmap;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.viewmodel.LossMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ContourLinesTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void linearMapGivesStraightLineAtLevel() {
        // loss = x on a 3 × 2 map with x = 0, 1, 2: the line at 0.5 is x = 0.5 from y = 0 to y = 1.
        LossMap map = map(new double[] {0, 1, 2}, new double[] {0, 1}, new double[] {0, 1, 2, 0, 1, 2});

        double[] segments = ContourLines.segments(map, new double[] {0.5});

        assertArrayEquals(new double[] {0.5, 0, 0.5, 1}, segments, TOLERANCE);
    }

    @Test
    void eachCrossedCellAddsOneSegmentPerLevel() {
        LossMap map = map(new double[] {0, 1, 2}, new double[] {0, 1}, new double[] {0, 1, 2, 0, 1, 2});

        double[] segments = ContourLines.segments(map, new double[] {0.5, 1.5});

        assertEquals(8, segments.length);
        assertEquals(1.5, segments[4], TOLERANCE);
    }

    @Test
    void saddleFollowsCentreValue() {
        // Corners 1, 0, 1, 0 (bottom-left, bottom-right, top-right, top-left): the centre, 0.5,
        // lies above 0.4, so the high corners join through the middle and the lines cut off
        // the bottom-right and top-left corners.
        LossMap map = map(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0, 0, 1});

        double[] segments = ContourLines.segments(map, new double[] {0.4});

        assertArrayEquals(new double[] {0.6, 0, 1, 0.4, 0.4, 1, 0, 0.6}, segments, TOLERANCE);
    }

    @Test
    void levelAtCornerValuesRunsAlongEdge() {
        // Corners 0, 1, 1, 0: the loss is 0 on the whole left edge, x = 0.
        LossMap map = map(new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1, 0, 1});

        double[] segments = ContourLines.segments(map, new double[] {0.0});

        assertArrayEquals(new double[] {0, 0, 0, 1}, segments, TOLERANCE);
    }

    @Test
    void flatScaleHasNoLevels() {
        double[] levels = ContourLines.levels(new ColourScale(0.25, 0.25), 8);

        assertEquals(0, levels.length);
    }

    @Test
    void levelsLieStrictlyInsideRange() {
        double[] levels = ContourLines.levels(new ColourScale(0, 1), 4);

        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8}, levels, TOLERANCE);
    }

    private static LossMap map(double[] x, double[] y, double[] losses) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double loss : losses) {
            min = Math.min(min, loss);
            max = Math.max(max, loss);
        }
        return new LossMap(Parameter.W1, Parameter.B1, x, y, losses, min, max);
    }
}
