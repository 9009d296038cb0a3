package org.losslandscape.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientTest {

    private static final double EXACT = 1e-15;

    @Test
    void getReturnsComponentOfEachParameter() {
        Gradient gradient = new Gradient(1, 2, 3, 4);

        assertEquals(1, gradient.get(Parameter.W0));
        assertEquals(2, gradient.get(Parameter.B0));
        assertEquals(3, gradient.get(Parameter.W1));
        assertEquals(4, gradient.get(Parameter.B1));
        assertArrayEquals(new double[] {1, 2, 3, 4}, gradient.toArray());
    }

    @Test
    void normIsEuclidean() {
        // √(1 + 4 + 4 + 16) = √25 = 5.
        Gradient gradient = new Gradient(1, -2, 2, 4);

        assertEquals(5.0, gradient.norm(), EXACT);
    }

    @Test
    void normDoesNotOverflowForLargeFiniteComponents() {
        // √(4 · (1e200)²) = 2e200, although (1e200)² overflows.
        Gradient gradient = new Gradient(1e200, 1e200, -1e200, 1e200);

        assertEquals(2e200, gradient.norm(), 2e200 * EXACT);
    }

    @Test
    void isFiniteDetectsNanAndInfinity() {
        assertTrue(new Gradient(0, 0, 0, 0).isFinite());
        assertFalse(new Gradient(Double.NaN, 0, 0, 0).isFinite());
        assertFalse(new Gradient(0, 0, 0, Double.NEGATIVE_INFINITY).isFinite());
    }
}
