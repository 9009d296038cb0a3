package org.losslandscape.model.training;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DivergenceTest {

    @Test
    void describeNamesStepValueAndReason() {
        Divergence outOfBounds = new Divergence(DivergenceReason.PARAMETER_OUT_OF_BOUNDS, 3, Parameter.W1, 1500.0);
        Divergence loss = new Divergence(DivergenceReason.NON_FINITE_LOSS, 7, null, Double.NaN);
        Divergence gradient = new Divergence(DivergenceReason.NON_FINITE_GRADIENT, 2, Parameter.B0,
                Double.POSITIVE_INFINITY);

        assertEquals("step 3: w1 = 1500.0 (PARAMETER_OUT_OF_BOUNDS)", outOfBounds.describe());
        assertEquals("step 7: loss = NaN (NON_FINITE_LOSS)", loss.describe());
        assertEquals("step 2: dL/db0 = Infinity (NON_FINITE_GRADIENT)", gradient.describe());
    }

    @Test
    void parameterIsRequiredExactlyWhenReasonConcernsOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new Divergence(DivergenceReason.NON_FINITE_PARAMETER, 1, null, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new Divergence(DivergenceReason.NON_FINITE_LOSS, 1, Parameter.W0, Double.NaN));
    }
}
