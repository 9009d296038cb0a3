package org.losslandscape.viewmodel;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterPairTest {

    @Test
    void allListsSixPairsInAxisOrder() {
        List<ParameterPair> pairs = ParameterPair.all();

        assertEquals(6, pairs.size());
        assertEquals(new ParameterPair(Parameter.W0, Parameter.B0), pairs.get(0));
        assertEquals(ParameterPair.OUTPUT_LAYER, pairs.get(5));
    }

    @Test
    void pairRejectsSameParameterTwice() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ParameterPair(Parameter.B0, Parameter.B0));

        assertEquals("Invalid pair (b0, b0): the two parameters must differ", error.getMessage());
    }

    @Test
    void containsOnlyItsTwoParameters() {
        ParameterPair pair = new ParameterPair(Parameter.W0, Parameter.B1);

        assertTrue(pair.contains(Parameter.W0));
        assertTrue(pair.contains(Parameter.B1));
        assertFalse(pair.contains(Parameter.B0));
        assertFalse(pair.contains(Parameter.W1));
    }
}
