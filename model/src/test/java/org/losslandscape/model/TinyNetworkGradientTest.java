package org.losslandscape.model;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TinyNetworkGradientTest {

    /** Step of the central difference. Truncation and rounding errors are then both about 1e-11 (estimated). */
    private static final double DIFFERENCE_STEP = 1e-5;

    /** Below this magnitude a partial derivative is compared with an absolute tolerance instead. */
    private static final double TINY_DERIVATIVE = 1e-3;

    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double ABSOLUTE_TOLERANCE = 1e-9;
    private static final double EXACT = 1e-15;

    private static final int POINTS_PER_SEED = 100;

    /** Half-width of the sampled box. The lecture's grid spans [−4, 3.8] on every axis. */
    private static final double SAMPLE_RANGE = 4.0;

    private final TinyNetwork network = TinyNetwork.lecture();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void gradientMatchesCentralDifferences(long seed) {
        Random random = new Random(seed);

        for (int i = 0; i < POINTS_PER_SEED; i++) {
            ParameterPoint point = randomPoint(random);

            Gradient gradient = network.gradient(point);

            for (Parameter parameter : Parameter.values()) {
                double exact = gradient.get(parameter);
                double estimate = centralDifference(point, parameter);
                String where = parameter.key() + " at " + point + " (seed " + seed + ")";
                if (Math.abs(exact) < TINY_DERIVATIVE) {
                    assertEquals(estimate, exact, ABSOLUTE_TOLERANCE, where);
                } else {
                    assertEquals(estimate, exact, RELATIVE_TOLERANCE * Math.abs(exact), where);
                }
            }
        }
    }

    @Test
    void gradientAtOriginMatchesHandComputation() {
        // h = σ(0) = 0.5, ŷ = σ(0) = 0.5
        // δ1 = −2(1 − 0.5) · 0.5 · 0.5 = −0.25, so ∂L/∂b1 = −0.25 and ∂L/∂w1 = δ1·h = −0.125
        // δ0 = δ1 · w1 · h(1 − h) = 0 because w1 = 0, so ∂L/∂w0 = ∂L/∂b0 = 0
        ParameterPoint origin = new ParameterPoint(0, 0, 0, 0);

        Gradient gradient = network.gradient(origin);

        assertEquals(0.0, gradient.w0(), EXACT);
        assertEquals(0.0, gradient.b0(), EXACT);
        assertEquals(-0.125, gradient.w1(), EXACT);
        assertEquals(-0.25, gradient.b1(), EXACT);
    }

    @Test
    void gradientWithHiddenPathMatchesHandComputation() {
        // h = σ(0) = 0.5, v1 = 2 · 0.5 − 1 = 0, ŷ = 0.5, δ1 = −0.25
        // ∂L/∂w1 = −0.25 · 0.5 = −0.125, ∂L/∂b1 = −0.25
        // δ0 = −0.25 · 2 · 0.5 · 0.5 = −0.125, ∂L/∂w0 = −0.125 · 0.3 = −0.0375, ∂L/∂b0 = −0.125
        ParameterPoint point = new ParameterPoint(0, 0, 2, -1);

        Gradient gradient = network.gradient(point);

        assertEquals(-0.0375, gradient.w0(), EXACT);
        assertEquals(-0.125, gradient.b0(), EXACT);
        assertEquals(-0.125, gradient.w1(), EXACT);
        assertEquals(-0.25, gradient.b1(), EXACT);
    }

    @Test
    void gradientAtLectureStartMatchesHandComputation() {
        // Computed separately in Python from the same formulas:
        // v0 = 0.1·0.3 + 0.25 = 0.28, h = σ(0.28) = 0.569546223939229
        // v1 = 0.5·h + 0.35 = 0.6347731119696145, ŷ = σ(v1) = 0.6535709616184505
        // δ1 = −2(1 − ŷ)·ŷ(1 − ŷ) = −0.15687412641918255 = ∂L/∂b1
        // ∂L/∂w1 = δ1·h = −0.08934706633581067
        // δ0 = δ1·0.5·h(1 − h) = −0.019229891042100947 = ∂L/∂b0
        // ∂L/∂w0 = δ0·0.3 = −0.0057689673126302835
        Gradient gradient = network.gradient(ParameterPoint.LECTURE_START);

        assertEquals(-0.0057689673126302835, gradient.w0(), EXACT);
        assertEquals(-0.019229891042100947, gradient.b0(), EXACT);
        assertEquals(-0.08934706633581067, gradient.w1(), EXACT);
        assertEquals(-0.15687412641918255, gradient.b1(), EXACT);
    }

    @Test
    void gradientIncludesFactorTwoOfSquaredError() {
        // At the origin L = (1 − ŷ)² with ŷ = σ(b1) near b1 = 0, so dL/db1 = −2 · 0.5 · 0.25.
        // Without the factor 2 the result would be −0.125.
        double estimate = centralDifference(new ParameterPoint(0, 0, 0, 0), Parameter.B1);

        double exact = network.gradient(new ParameterPoint(0, 0, 0, 0)).b1();

        assertEquals(-0.25, exact, EXACT);
        assertEquals(estimate, exact, ABSOLUTE_TOLERANCE);
    }

    private static ParameterPoint randomPoint(Random random) {
        return new ParameterPoint(
                uniform(random), uniform(random), uniform(random), uniform(random));
    }

    private static double uniform(Random random) {
        return (2 * random.nextDouble() - 1) * SAMPLE_RANGE;
    }

    /** Estimates ∂L/∂θ as (L(θ + s) − L(θ − s)) / 2s with s = {@link #DIFFERENCE_STEP}. */
    private double centralDifference(ParameterPoint point, Parameter parameter) {
        double value = point.get(parameter);
        double above = network.loss(point.with(parameter, value + DIFFERENCE_STEP));
        double below = network.loss(point.with(parameter, value - DIFFERENCE_STEP));
        return (above - below) / (2 * DIFFERENCE_STEP);
    }
}
