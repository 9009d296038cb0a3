package org.losslandscape.model.training;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.losslandscape.model.Gradient;
import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * First three steps of each optimizer from the lecture start (w0, b0, w1, b1) = (0.1, 0.25, 0.5, 0.35)
 * with default settings, against values computed separately in Python with the formulas quoted
 * in each test. g(θ) is the gradient of L = (1 − ŷ)² at x = 0.3, and at the start
 * g = (−0.0057689673126302835, −0.019229891042100947, −0.08934706633581067, −0.15687412641918255).
 */
class OptimizerStepsTest {

    private static final double TOLERANCE = 1e-12;
    private static final int STEPS = 3;

    private final TinyNetwork network = TinyNetwork.lecture();

    @Test
    void gradientDescentFirstStepsMatchReference() {
        // θ ← θ − 0.01·g(θ)
        double[][] expected = {
            {0.10005768967312631, 0.250192298910421, 0.5008934706633581, 0.3515687412641918},
            {0.10011536400055074, 0.2503845466685024, 0.5017852168071381, 0.35313431339230045},
            {0.10017302265675876, 0.25057674218919584, 0.5026752425442135, 0.35469672421770443},
        };

        List<ParameterPoint> points = firstSteps(OptimizerKind.GRADIENT_DESCENT.defaultSettings().createOptimizer());

        assertPointsEqual(expected, points);
    }

    @Test
    void momentumFirstStepsMatchReference() {
        // v ← 0.9·v + g(θ), θ ← θ − 0.01·v, v starting at 0
        double[][] expected = {
            {0.10005768967312631, 0.250192298910421, 0.5008934706633581, 0.3515687412641918},
            {0.1001672847063644, 0.2505576156878813, 0.5025893404041604, 0.3545461805300731},
            {0.10032356445308163, 0.2510785481769387, 0.505004097844937, 0.3587854372455487},
        };

        List<ParameterPoint> points = firstSteps(OptimizerKind.MOMENTUM.defaultSettings().createOptimizer());

        assertPointsEqual(expected, points);
    }

    @Test
    void nesterovFirstStepsMatchReference() {
        // θ̃ = θ − 0.01·0.9·v, v ← 0.9·v + g(θ̃), θ ← θ − 0.01·v, v starting at 0.
        // The first step equals gradient descent. Later ones differ slightly from momentum's.
        double[][] expected = {
            {0.10005768967312631, 0.250192298910421, 0.5008934706633581, 0.3515687412641918},
            {0.1001672705884004, 0.25055756862800127, 0.5025877888218878, 0.3545433296519962},
            {0.10032350948997112, 0.2510783649665704, 0.5049982133779396, 0.358774626537562},
        };

        List<ParameterPoint> points = firstSteps(OptimizerKind.NESTEROV_MOMENTUM.defaultSettings().createOptimizer());

        assertPointsEqual(expected, points);
    }

    @Test
    void nesterovLookAheadMatchesPyTorchForm() {
        // PyTorch form on the look-ahead point p, p starting at θ: v ← 0.9·v + g(p), p ← p − 0.01·(g(p) + 0.9·v).
        // Its points must equal θ − 0.01·0.9·v of this class's sequence.
        double[][] pyTorchPoints = {
            {0.10010961037893998, 0.2503653679297999, 0.5016975942603804, 0.35298060840196444},
            {0.10026589341214708, 0.25088631137382356, 0.5041126751645645, 0.35722045920102014},
            {0.10046412450138478, 0.2515470816712826, 0.5071675954783862, 0.3625827937345712},
        };
        Optimizer optimizer = OptimizerKind.NESTEROV_MOMENTUM.defaultSettings().createOptimizer();
        RecordingObjective recording = new RecordingObjective(network);

        ParameterPoint point = ParameterPoint.LECTURE_START;
        for (int i = 0; i <= STEPS; i++) {
            point = optimizer.step(point, recording);
        }

        // The gradient of step k + 1 is evaluated at the look-ahead point after step k.
        assertPointsEqual(pyTorchPoints, recording.points.subList(1, STEPS + 1));
    }

    @Test
    void rmsPropFirstStepsMatchReference() {
        // s ← 0.99·s + 0.01·g², θ ← θ − 0.01·g / (√s + 1e-8), s starting at 0.
        // The first step moves every parameter by about 0.01/√0.01 = 0.1.
        double[][] expected = {
            {0.1999982666175556, 0.34999947997895686, 0.5999998880770324, 0.44999993625466567},
            {0.27020683747777197, 0.42020866051928035, 0.6663408727761363, 0.5143229451609963},
            {0.3260244938600198, 0.4760267211020188, 0.7181211040088765, 0.5636086641296298},
        };

        List<ParameterPoint> points = firstSteps(OptimizerKind.RMS_PROP.defaultSettings().createOptimizer());

        assertPointsEqual(expected, points);
    }

    @Test
    void adamFirstStepsMatchReference() {
        // m ← 0.9·m + 0.1·g, v ← 0.999·v + 0.001·g², m̂ = m/(1 − 0.9ᵗ), v̂ = v/(1 − 0.999ᵗ),
        // θ ← θ − 0.001·m̂ / (√v̂ + 1e-8), t = 1, 2, 3. Each step moves every parameter by about 0.001.
        double[][] expected = {
            {0.10099999826659052, 0.25099999947997653, 0.500999999888077, 0.3509999999362546},
            {0.10200000055699812, 0.25200000298368125, 0.5019999708761225, 0.35199995619847235},
            {0.10300000928152064, 0.2530000129214179, 0.5029998936636082, 0.35299983968821386},
        };

        List<ParameterPoint> points = firstSteps(OptimizerKind.ADAM.defaultSettings().createOptimizer());

        assertPointsEqual(expected, points);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void resetRepeatsFirstSteps(OptimizerKind kind) {
        Optimizer optimizer = kind.defaultSettings().createOptimizer();
        List<ParameterPoint> first = firstSteps(optimizer);

        optimizer.reset();
        List<ParameterPoint> repeated = firstSteps(optimizer);

        assertEquals(first, repeated);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void optimizerKeepsItsSettings(OptimizerKind kind) {
        OptimizerSettings settings = kind.defaultSettings().with(HyperParameter.LEARNING_RATE, 0.5);

        Optimizer optimizer = settings.createOptimizer();

        assertEquals(settings, optimizer.settings());
    }

    @Test
    void optimizerRejectsSettingsOfOtherKind() {
        OptimizerSettings settings = OptimizerKind.ADAM.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Momentum(settings));

        assertEquals("Invalid settings of kind ADAM: expected MOMENTUM", error.getMessage());
    }

    private List<ParameterPoint> firstSteps(Optimizer optimizer) {
        List<ParameterPoint> points = new ArrayList<>();
        ParameterPoint point = ParameterPoint.LECTURE_START;
        for (int i = 0; i < STEPS; i++) {
            point = optimizer.step(point, network);
            points.add(point);
        }
        return points;
    }

    private static void assertPointsEqual(double[][] expected, List<ParameterPoint> actual) {
        assertEquals(expected.length, actual.size());
        for (int step = 0; step < expected.length; step++) {
            double[] values = actual.get(step).toArray();
            for (int axis = 0; axis < values.length; axis++) {
                assertEquals(expected[step][axis], values[axis], TOLERANCE, "step " + (step + 1) + ", axis " + axis);
            }
        }
    }

    /** Delegates to a network and records every point at which a gradient is requested. */
    private static final class RecordingObjective implements Objective {

        private final Objective delegate;
        private final List<ParameterPoint> points = new ArrayList<>();

        RecordingObjective(Objective delegate) {
            this.delegate = delegate;
        }

        @Override
        public double loss(ParameterPoint point) {
            return delegate.loss(point);
        }

        @Override
        public Gradient gradient(ParameterPoint point) {
            points.add(point);
            return delegate.gradient(point);
        }
    }
}
