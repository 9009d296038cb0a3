package org.losslandscape.view.heatmap;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.viewmodel.LossMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PlotGeometryTest {

    private static final double TOLERANCE = 1e-9;

    private final LossMap map = new LossMap(Parameter.W1, Parameter.B1, new double[] {-4, -2, 0, 2},
            new double[] {-1, 0, 1, 2}, new double[16], 0, 0);

    @Test
    void pixelCentresSitOnMapValues() {
        PlotGeometry geometry = PlotGeometry.of(map, 400, 400);

        assertEquals(50, geometry.pixelX(-4), TOLERANCE, "column 0 is centred in the first 100 pixels");
        assertEquals(350, geometry.pixelX(2), TOLERANCE);
        assertEquals(350, geometry.pixelY(-1), TOLERANCE, "row 0 is centred in the bottom 100 pixels");
        assertEquals(50, geometry.pixelY(2), TOLERANCE);
    }

    @Test
    void valuesRoundTripThroughPixels() {
        PlotGeometry geometry = PlotGeometry.of(map, 333, 271);

        assertEquals(1.234, geometry.valueX(geometry.pixelX(1.234)), TOLERANCE);
        assertEquals(-0.77, geometry.valueY(geometry.pixelY(-0.77)), TOLERANCE);
    }

    @Test
    void lectureAxisTicksAreWholeNumbers() {
        double[] ticks = TickAxis.tickValues(-4.01, 3.81);

        assertArrayEquals(new double[] {-4, -3, -2, -1, 0, 1, 2, 3}, ticks, TOLERANCE);
    }
}
