package org.losslandscape.model.training;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Gradient;
import org.losslandscape.model.Objective;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingRunTest {

    private static final double TOLERANCE = 1e-12;
    private static final ParameterPoint START = ParameterPoint.LECTURE_START;

    private final TinyNetwork network = TinyNetwork.lecture();

    @Test
    void newRunIsAtStepZero() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.ADAM.defaultSettings());

        TrainingStep current = run.current();

        assertEquals(0, current.step());
        assertEquals(START, current.point());
        assertEquals(network.loss(START), current.loss());
        assertEquals(network.gradient(START), current.gradient());
        assertEquals(TrainingStatus.RUNNING, run.status());
        assertTrue(run.divergence().isEmpty());
        assertEquals(List.of(START), run.points());
        assertArrayEquals(new double[] {network.loss(START)}, run.losses());
        assertEquals(TrainingRun.DEFAULT_PARAMETER_BOUND, run.parameterBound());
        assertEquals(TrainingRun.DEFAULT_MAX_STEPS, run.maxSteps());
    }

    @Test
    void stepsFollowOptimizerAndRecordHistory() {
        OptimizerSettings settings = OptimizerKind.MOMENTUM.defaultSettings();
        TrainingRun run = new TrainingRun(network, START, settings);
        Optimizer reference = settings.createOptimizer();
        ParameterPoint first = reference.step(START, network);
        ParameterPoint second = reference.step(first, network);

        TrainingStep afterFirst = run.step();
        TrainingStep afterSecond = run.step();

        assertEquals(new TrainingStep(1, first, network.loss(first), network.gradient(first)), afterFirst);
        assertEquals(new TrainingStep(2, second, network.loss(second), network.gradient(second)), afterSecond);
        assertSame(afterSecond, run.current());
        assertEquals(2, run.stepCount());
        assertEquals(List.of(START, first, second), run.points());
        assertArrayEquals(new double[] {network.loss(START), network.loss(first), network.loss(second)},
                run.losses(), TOLERANCE);
    }

    @Test
    void lossDecreasesUnderGradientDescent() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.GRADIENT_DESCENT.defaultSettings());

        for (int i = 0; i < 100; i++) {
            run.step();
        }

        double[] losses = run.losses();
        for (int step = 1; step < losses.length; step++) {
            assertTrue(losses[step] < losses[step - 1], "loss rose at step " + step);
        }
    }

    @Test
    void hugeLearningRateDivergesOutOfBounds() {
        // Step 1 moves w0 to 0.1 − 1e6·(−0.0057689673126302835) = 5769.067312630284, beyond the bound 1000.
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1e6);
        TrainingRun run = new TrainingRun(network, START, settings);

        TrainingStep returned = run.step();

        assertEquals(TrainingStatus.DIVERGED, run.status());
        Divergence divergence = run.divergence().orElseThrow();
        assertEquals(DivergenceReason.PARAMETER_OUT_OF_BOUNDS, divergence.reason());
        assertEquals(1, divergence.step());
        assertEquals(Parameter.W0, divergence.parameter());
        assertEquals(5769.067312630284, divergence.value(), 1e-9);
        assertEquals(0, returned.step());
        assertEquals(START, run.current().point());
        assertTrue(run.current().point().isFinite());
        assertEquals(List.of(START), run.points());
    }

    @Test
    void boundIsConstructorArgument() {
        // RMSProp's first step moves every parameter by about 0.1, so w1 goes from 0.5 to 0.6 > 0.55.
        // w0 and b0 stay below 0.55, so w1 is the first parameter in axis order out of bounds.
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.RMS_PROP.defaultSettings(), 0.55, 10);

        run.step();

        Divergence divergence = run.divergence().orElseThrow();
        assertEquals(DivergenceReason.PARAMETER_OUT_OF_BOUNDS, divergence.reason());
        assertEquals(Parameter.W1, divergence.parameter());
        assertEquals(0.5999998880770324, divergence.value(), TOLERANCE);
        assertEquals(0.55, run.parameterBound());
    }

    @Test
    void infiniteParameterDivergesBeforeBoundCheck() {
        // A finite gradient of Double.MAX_VALUE times the learning rate 10 overflows b1 to −infinity.
        Objective objective = new StubObjective(point -> 1.0, point -> new Gradient(0, 0, 0, Double.MAX_VALUE));
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 10);
        TrainingRun run = new TrainingRun(objective, START, settings);

        run.step();

        Divergence divergence = run.divergence().orElseThrow();
        assertEquals(DivergenceReason.NON_FINITE_PARAMETER, divergence.reason());
        assertEquals(Parameter.B1, divergence.parameter());
        assertEquals(Double.NEGATIVE_INFINITY, divergence.value());
        assertEquals(START, run.current().point());
    }

    @Test
    void nanLossDiverges() {
        // Gradient descent with lr 1 and ∂L/∂w0 = −1 moves w0 from 0.1 to 1.1, where the stub's loss is NaN.
        Objective objective = new StubObjective(
                point -> point.w0() > 0.5 ? Double.NaN : 1.0,
                point -> new Gradient(-1, 0, 0, 0));
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1);
        TrainingRun run = new TrainingRun(objective, START, settings);

        run.step();

        Divergence divergence = run.divergence().orElseThrow();
        assertEquals(DivergenceReason.NON_FINITE_LOSS, divergence.reason());
        assertNull(divergence.parameter());
        assertTrue(Double.isNaN(divergence.value()));
        assertEquals(START, run.current().point());
    }

    @Test
    void infiniteGradientDiverges() {
        // Gradient descent with lr 1 moves w0 from 0.1 to 1.1, where the stub's ∂L/∂b0 is infinite.
        Gradient downhill = new Gradient(-1, 0, 0, 0);
        Gradient infinite = new Gradient(0, Double.POSITIVE_INFINITY, 0, 0);
        Objective objective = new StubObjective(point -> 1.0, point -> point.w0() > 0.5 ? infinite : downhill);
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1);
        TrainingRun run = new TrainingRun(objective, START, settings);

        run.step();

        Divergence divergence = run.divergence().orElseThrow();
        assertEquals(DivergenceReason.NON_FINITE_GRADIENT, divergence.reason());
        assertEquals(Parameter.B0, divergence.parameter());
        assertEquals(Double.POSITIVE_INFINITY, divergence.value());
    }

    @Test
    void stepAfterDivergenceIsRejected() {
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1e6);
        TrainingRun run = new TrainingRun(network, START, settings);
        run.step();

        IllegalStateException error = assertThrows(IllegalStateException.class, run::step);

        assertTrue(error.getMessage().contains("DIVERGED"), error.getMessage());
        assertTrue(error.getMessage().contains("PARAMETER_OUT_OF_BOUNDS"), error.getMessage());
        assertTrue(error.getMessage().contains("reset()"), error.getMessage());
        assertEquals(0, run.stepCount());
    }

    @Test
    void resetAfterDivergenceRestoresStart() {
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1e6);
        TrainingRun run = new TrainingRun(network, START, settings);
        run.step();

        run.reset();

        assertEquals(TrainingStatus.RUNNING, run.status());
        assertTrue(run.divergence().isEmpty());
        assertEquals(0, run.stepCount());
        assertEquals(START, run.current().point());
    }

    @Test
    void resetRestartsWithFreshOptimizerState() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.ADAM.defaultSettings());
        for (int i = 0; i < 5; i++) {
            run.step();
        }
        List<ParameterPoint> firstRun = run.points();

        run.reset();
        List<ParameterPoint> afterReset = run.points();
        for (int i = 0; i < 5; i++) {
            run.step();
        }

        assertEquals(List.of(START), afterReset);
        assertEquals(6, run.losses().length);
        assertEquals(firstRun, run.points());
    }

    @Test
    void stepLimitStopsRun() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.GRADIENT_DESCENT.defaultSettings(), 1000, 3);
        run.step();
        run.step();

        run.step();

        assertEquals(TrainingStatus.STEP_LIMIT_REACHED, run.status());
        assertEquals(3, run.stepCount());
        assertEquals(4, run.points().size());
        assertTrue(run.divergence().isEmpty());
        IllegalStateException error = assertThrows(IllegalStateException.class, run::step);
        assertTrue(error.getMessage().contains("STEP_LIMIT_REACHED"), error.getMessage());
    }

    @Test
    void historyGrowsBeyondInitialCapacity() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.GRADIENT_DESCENT.defaultSettings());

        for (int i = 0; i < 3000; i++) {
            run.step();
        }

        double[] losses = run.losses();
        assertEquals(3001, losses.length);
        assertEquals(3001, run.points().size());
        assertEquals(network.loss(run.points().get(2500)), losses[2500]);
    }

    @Test
    void historyIsReturnedAsCopies() {
        TrainingRun run = new TrainingRun(network, START, OptimizerKind.GRADIENT_DESCENT.defaultSettings());
        run.step();

        run.losses()[0] = -1;

        assertEquals(network.loss(START), run.losses()[0]);
        assertThrows(UnsupportedOperationException.class, () -> run.points().clear());
    }

    @Test
    void startOutsideBoundIsRejected() {
        ParameterPoint outside = new ParameterPoint(0, 0, 2000, 0);
        OptimizerSettings settings = OptimizerKind.ADAM.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(network, outside, settings));

        assertTrue(error.getMessage().contains("w1 = 2000.0"), error.getMessage());
        assertTrue(error.getMessage().contains("PARAMETER_OUT_OF_BOUNDS"), error.getMessage());
    }

    @Test
    void invalidLimitsAreRejectedWithValue() {
        OptimizerSettings settings = OptimizerKind.ADAM.defaultSettings();

        IllegalArgumentException zeroBound = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(network, START, settings, 0, 10));
        IllegalArgumentException nanBound = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(network, START, settings, Double.NaN, 10));
        IllegalArgumentException zeroSteps = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(network, START, settings, 10, 0));

        assertEquals("Invalid parameter bound 0.0: expected a positive number or infinity", zeroBound.getMessage());
        assertEquals("Invalid parameter bound NaN: expected a positive number or infinity", nanBound.getMessage());
        assertEquals("Invalid maximum step count 0: expected at least 1", zeroSteps.getMessage());
    }

    @Test
    void infiniteBoundDisablesBoundCheck() {
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings()
                .with(HyperParameter.LEARNING_RATE, 1e6);
        TrainingRun run = new TrainingRun(network, START, settings, Double.POSITIVE_INFINITY, 10);

        run.step();

        assertEquals(TrainingStatus.RUNNING, run.status());
        assertEquals(5769.067312630284, run.current().point().w0(), 1e-9);
    }

    /** An objective built from two functions, for driving a run into each kind of divergence. */
    private record StubObjective(ToDoubleFunction<ParameterPoint> lossFunction,
                                 Function<ParameterPoint, Gradient> gradientFunction) implements Objective {

        @Override
        public double loss(ParameterPoint point) {
            return lossFunction.applyAsDouble(point);
        }

        @Override
        public Gradient gradient(ParameterPoint point) {
            return gradientFunction.apply(point);
        }
    }
}
