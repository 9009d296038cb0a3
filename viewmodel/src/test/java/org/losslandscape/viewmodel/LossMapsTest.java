package org.losslandscape.viewmodel;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LossMapsTest {

    private static final double LOSS_TOLERANCE = 1e-12;
    private static final double EXACT = 0.0;
    private static final long SEED = 20_240_517L;
    private static final int SAMPLES = 500;

    private final TinyNetwork network = TinyNetwork.lecture();

    @Test
    void cellsMatchNetworkAtRandomCells() {
        ParameterPoint through = new ParameterPoint(-1.4, 2.2, 0.6, -0.8);
        ParameterPair pair = new ParameterPair(Parameter.B0, Parameter.W1);
        ParameterAxis xAxis = LossMaps.sampling(ParameterAxis.LECTURE, 400);
        ParameterAxis yAxis = LossMaps.sampling(ParameterAxis.LECTURE, 300);
        Random random = new Random(SEED);

        LossMap map = LossMaps.compute(network, pair, through, xAxis, yAxis);

        for (int i = 0; i < SAMPLES; i++) {
            int column = random.nextInt(map.width());
            int row = random.nextInt(map.height());
            ParameterPoint cell = through.with(Parameter.B0, xAxis.value(column)).with(Parameter.W1, yAxis.value(row));
            assertEquals(network.loss(cell), map.loss(column, row), LOSS_TOLERANCE,
                    "loss at column " + column + ", row " + row);
        }
    }

    @Test
    void rowsFollowYAndColumnsFollowX() {
        ParameterAxis xAxis = new ParameterAxis(-1, 1, 3);
        ParameterAxis yAxis = new ParameterAxis(0, 1, 2);
        ParameterPoint origin = new ParameterPoint(0, 0, 0, 0);

        LossMap map = LossMaps.compute(network, ParameterPair.OUTPUT_LAYER, origin, xAxis, yAxis);

        assertEquals(3, map.width());
        assertEquals(2, map.height());
        // ŷ = σ(0) = 0.5 at w1 = b1 = 0, so L = (1 − 0.5)² = 0.25, by hand.
        assertEquals(0.25, map.loss(1, 0), EXACT);
        assertEquals(network.loss(0, 0, 1, 1), map.losses()[1 * 3 + 2], EXACT);
        assertEquals(network.loss(0, 0, -1, 1), map.loss(0, 1), EXACT);
    }

    @Test
    void minAndMaxBoundEveryLoss() {
        LossMap map = LossMaps.compute(network, ParameterPair.OUTPUT_LAYER, ParameterPoint.LECTURE_START,
                LossMaps.sampling(ParameterAxis.LECTURE, 50), LossMaps.sampling(ParameterAxis.LECTURE, 40));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        for (double loss : map.losses()) {
            min = Math.min(min, loss);
            max = Math.max(max, loss);
        }

        assertEquals(min, map.min(), EXACT);
        assertEquals(max, map.max(), EXACT);
    }

    @Test
    void pairValuesOfThroughPointAreIgnored() {
        ParameterAxis axis = new ParameterAxis(-2, 0.5, 9);
        ParameterPoint first = new ParameterPoint(0.4, -0.2, 3.0, -3.0);
        ParameterPoint second = first.with(Parameter.W1, -1.0).with(Parameter.B1, 2.5);

        LossMap fromFirst = LossMaps.compute(network, ParameterPair.OUTPUT_LAYER, first, axis, axis);
        LossMap fromSecond = LossMaps.compute(network, ParameterPair.OUTPUT_LAYER, second, axis, axis);

        for (int i = 0; i < fromFirst.losses().length; i++) {
            assertEquals(fromFirst.losses()[i], fromSecond.losses()[i], EXACT, "loss " + i);
        }
    }

    @Test
    void singleRowMapHasOneLossPerColumn() {
        ParameterAxis xAxis = new ParameterAxis(-4, 0.2, 40);
        ParameterAxis yAxis = new ParameterAxis(1.5, 1, 1);

        LossMap map = LossMaps.compute(network, ParameterPair.OUTPUT_LAYER, ParameterPoint.LECTURE_START, xAxis, yAxis);

        assertEquals(40, map.losses().length);
        assertEquals(network.loss(0.1, 0.25, xAxis.value(7), 1.5), map.loss(7, 0), EXACT);
    }

    @Test
    void samplingSpansGridFromFirstToLastValue() {
        ParameterAxis sampling = LossMaps.sampling(ParameterAxis.LECTURE, 400);

        assertEquals(400, sampling.size());
        assertEquals(-4.0, sampling.value(0), EXACT);
        assertEquals(ParameterAxis.LECTURE.last(), sampling.last(), LOSS_TOLERANCE);
    }

    @Test
    void samplingRejectsResolutionBelowTwo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LossMaps.sampling(ParameterAxis.LECTURE, 1));

        assertEquals("Invalid map resolution 1: expected at least 2", error.getMessage());
    }

    @Test
    void mapRejectsWrongNumberOfLosses() {
        double[] values = {0, 1};

        assertThrows(IllegalArgumentException.class,
                () -> new LossMap(Parameter.W0, Parameter.B0, values, values, new double[3], 0, 1));
    }
}
