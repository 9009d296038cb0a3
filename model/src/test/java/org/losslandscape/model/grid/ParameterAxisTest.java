package org.losslandscape.model.grid;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterAxisTest {

    @Test
    void lectureAxisMatchesNumpyArange() {
        ParameterAxis axis = ParameterAxis.LECTURE;

        assertEquals(40, axis.size());
        assertEquals(-4.0, axis.value(0));
        assertEquals(0.0, axis.value(20), 1e-15);
        assertEquals(3.8, axis.value(39), 1e-14);
    }

    @Test
    void valueIsComputedFromIndexNotAccumulated() {
        ParameterAxis axis = ParameterAxis.LECTURE;

        assertEquals(-4.0 + 39 * 0.2, axis.value(39));
        assertEquals(axis.value(39), axis.last());
        assertArrayEquals(new double[] {axis.value(0), axis.value(1), axis.value(2)},
                java.util.Arrays.copyOf(axis.values(), 3));
    }

    @Test
    void spanningIncludesBothEnds() {
        ParameterAxis axis = ParameterAxis.spanning(-4, 4, 2001);

        assertEquals(-4.0, axis.value(0));
        assertEquals(4.0, axis.last(), 1e-12);
        assertEquals(0.004, axis.step(), 1e-15);
    }

    @Test
    void oneValueAxisHoldsItsStart() {
        ParameterAxis axis = ParameterAxis.spanning(1.5, 1.5, 1);

        assertEquals(1, axis.size());
        assertEquals(1.5, axis.value(0));
    }

    @Test
    void nearestIndexRoundsAndClamps() {
        ParameterAxis axis = ParameterAxis.LECTURE;

        assertEquals(20, axis.nearestIndex(0.05));
        assertEquals(21, axis.nearestIndex(0.15));
        assertEquals(0, axis.nearestIndex(-100));
        assertEquals(39, axis.nearestIndex(100));
        assertEquals(0, axis.nearestIndex(Double.NaN));
    }

    @Test
    void invalidAxesAreRejectedWithValue() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> new ParameterAxis(0, 1, 0));
        IllegalArgumentException step = assertThrows(IllegalArgumentException.class, () -> new ParameterAxis(0, -0.5, 3));
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> new ParameterAxis(Double.NaN, 1, 3));
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> ParameterAxis.spanning(2, 1, 5));

        assertTrue(empty.getMessage().contains("size 0"), empty.getMessage());
        assertTrue(step.getMessage().contains("-0.5"), step.getMessage());
        assertTrue(start.getMessage().contains("NaN"), start.getMessage());
        assertTrue(range.getMessage().contains("[2.0, 1.0]"), range.getMessage());
    }

    @Test
    void indexOutsideAxisIsRejectedWithValue() {
        IndexOutOfBoundsException high = assertThrows(IndexOutOfBoundsException.class,
                () -> ParameterAxis.LECTURE.value(40));
        IndexOutOfBoundsException low = assertThrows(IndexOutOfBoundsException.class,
                () -> ParameterAxis.LECTURE.value(-1));

        assertTrue(high.getMessage().contains("40"), high.getMessage());
        assertTrue(low.getMessage().contains("-1"), low.getMessage());
    }
}
