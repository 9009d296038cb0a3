package org.losslandscape.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TinyNetworkTest {

    private static final double EXACT = 1e-15;

    @Test
    void lossIsQuarterWhenAllParametersAreZero() {
        // h = σ(0) = 0.5, ŷ = σ(0·0.5 + 0) = 0.5, L = (1 − 0.5)² = 0.25.
        assertEquals(0.25, TinyNetwork.lecture().loss(0, 0, 0, 0), EXACT);
    }

    @Test
    void lossAtLectureStartMatchesHandComputation() {
        // v0 = 0.1·0.3 + 0.25 = 0.28, h = σ(0.28); v1 = 0.5·h + 0.35, ŷ = σ(v1), L = (1 − ŷ)².
        double h = 1 / (1 + Math.exp(-0.28));
        double yHat = 1 / (1 + Math.exp(-(0.5 * h + 0.35)));
        double expected = (1 - yHat) * (1 - yHat);

        double loss = TinyNetwork.lecture().loss(ParameterPoint.LECTURE_START);

        assertEquals(expected, loss, EXACT);
        // By hand: σ(0.28) = 0.569546, σ(0.634773) = 0.653571, (1 − 0.653571)² = 0.120013.
        assertEquals(0.120013, loss, 1e-6);
    }

    @Test
    void sigmoidIsHalfAtZeroAndSymmetric() {
        assertEquals(0.5, TinyNetwork.sigmoid(0), EXACT);
        assertEquals(1.0, TinyNetwork.sigmoid(2) + TinyNetwork.sigmoid(-2), EXACT);
    }

    @Test
    void lossStaysFiniteAtExtremeParameters() {
        double loss = TinyNetwork.lecture().loss(1e6, -1e6, 1e6, -1e6);

        assertTrue(Double.isFinite(loss));
        assertEquals(1.0, loss, EXACT);
    }

    @Test
    void nonFiniteSampleIsRejectedWithValue() {
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> new TinyNetwork(Double.NaN, 1));
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> new TinyNetwork(0.3, Double.POSITIVE_INFINITY));

        assertTrue(input.getMessage().contains("NaN"), input.getMessage());
        assertTrue(target.getMessage().contains("Infinity"), target.getMessage());
    }

    @Test
    void parameterOfAxisRejectsOutOfRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Parameter.ofAxis(4));

        assertTrue(error.getMessage().contains("4"), error.getMessage());
        assertEquals(Parameter.B1, Parameter.ofAxis(3));
    }
}
