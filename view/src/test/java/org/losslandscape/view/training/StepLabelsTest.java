package org.losslandscape.view.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StepLabelsTest {

    private final LossCurveChart.StepLabels labels = new LossCurveChart.StepLabels();

    @Test
    void wholeStepsAreLabelled() {
        assertEquals("0", labels.toString(0.0));
        assertEquals("3", labels.toString(3.0));
        assertEquals("800", labels.toString(800));
    }

    @Test
    void fractionalStepsHaveNoLabel() {
        assertEquals("", labels.toString(0.25));
        assertEquals("", labels.toString(2.5));
    }

    @Test
    void stepAxisHasAtMostFourTicks() {
        assertEquals(1, LossCurveChart.stepTickUnit(0));
        assertEquals(1, LossCurveChart.stepTickUnit(4));
        assertEquals(2, LossCurveChart.stepTickUnit(5));
        assertEquals(100, LossCurveChart.stepTickUnit(400));
        assertEquals(200, LossCurveChart.stepTickUnit(401));
        assertEquals(500, LossCurveChart.stepTickUnit(1999));
    }

    @Test
    void labelsReadBackAsSteps() {
        assertEquals(800L, labels.fromString("800"));
        assertNull(labels.fromString(""));
    }
}
