package org.losslandscape.viewmodel;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.ParameterPoint;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RunTraceTest {

    private static final double EXACT = 0.0;

    @Test
    void shortTraceIsKeptWhole() {
        RunTrace trace = traceOf(5);

        List<ParameterPoint> points = trace.thinnedPoints(8);
        LossCurve curve = trace.thinnedCurve(8);

        assertEquals(5, points.size());
        assertEquals(point(4), points.get(4));
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, curve.steps(), EXACT);
        assertArrayEquals(new double[] {0, 10, 20, 30, 40}, curve.losses(), EXACT);
    }

    @Test
    void longTraceKeepsStrideAndLast() {
        RunTrace trace = traceOf(20);

        LossCurve curve = trace.thinnedCurve(8);
        List<ParameterPoint> points = trace.thinnedPoints(8);

        assertArrayEquals(new double[] {0, 4, 8, 12, 16, 19}, curve.steps(), EXACT);
        assertArrayEquals(new double[] {0, 40, 80, 120, 160, 190}, curve.losses(), EXACT);
        assertEquals(List.of(point(0), point(4), point(8), point(12), point(16), point(19)), points);
    }

    @Test
    void lastPointOnStrideIsNotRepeated() {
        RunTrace trace = traceOf(17);

        LossCurve curve = trace.thinnedCurve(8);

        assertArrayEquals(new double[] {0, 4, 8, 12, 16}, curve.steps(), EXACT);
        assertEquals(5, trace.thinnedPoints(8).size());
    }

    @Test
    void singlePointTraceHasOnePoint() {
        RunTrace trace = traceOf(1);

        assertEquals(List.of(point(0)), trace.thinnedPoints(8));
        assertEquals(1, trace.thinnedCurve(8).size());
    }

    private static RunTrace traceOf(int size) {
        RunTrace trace = new RunTrace();
        for (int step = 0; step < size; step++) {
            trace.append(point(step), 10.0 * step);
        }
        return trace;
    }

    private static ParameterPoint point(int step) {
        return new ParameterPoint(step, 0, 0, 0);
    }
}
