package org.losslandscape.model.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerSettingsTest {

    @Test
    void defaultsMatchLectureAndPyTorch() {
        OptimizerSettings descent = OptimizerKind.GRADIENT_DESCENT.defaultSettings();
        OptimizerSettings momentum = OptimizerKind.MOMENTUM.defaultSettings();
        OptimizerSettings nesterov = OptimizerKind.NESTEROV_MOMENTUM.defaultSettings();
        OptimizerSettings rmsProp = OptimizerKind.RMS_PROP.defaultSettings();
        OptimizerSettings adam = OptimizerKind.ADAM.defaultSettings();

        assertEquals(Map.of("learningRate", 0.01), descent.values());
        assertEquals(Map.of("learningRate", 0.01, "momentum", 0.9), momentum.values());
        assertEquals(Map.of("learningRate", 0.01, "momentum", 0.9), nesterov.values());
        assertEquals(Map.of("learningRate", 0.01, "alpha", 0.99, "epsilon", 1e-8), rmsProp.values());
        assertEquals(Map.of("learningRate", 0.001, "beta1", 0.9, "beta2", 0.999, "epsilon", 1e-8), adam.values());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void valuesFollowFormOrderWithLearningRateFirst(OptimizerKind kind) {
        OptimizerSettings settings = kind.defaultSettings();

        List<String> keys = List.copyOf(settings.values().keySet());

        assertEquals(kind.keys(), keys);
        assertEquals(HyperParameter.LEARNING_RATE, keys.get(0));
        assertEquals(kind.hyperParameter(HyperParameter.LEARNING_RATE).defaultValue(), settings.learningRate());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.01, Double.NaN, Double.POSITIVE_INFINITY})
    void invalidLearningRateIsRejectedWithValueAndRange(double learningRate) {
        OptimizerSettings settings = OptimizerKind.GRADIENT_DESCENT.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings.with(HyperParameter.LEARNING_RATE, learningRate));

        assertEquals("Invalid learningRate = " + learningRate + ": expected a value in (0, infinity)",
                error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, -0.1, 1.5, Double.NaN})
    void invalidBetaIsRejectedWithValueAndRange(double beta) {
        OptimizerSettings settings = OptimizerKind.ADAM.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings.with(HyperParameter.BETA2, beta));

        assertEquals("Invalid beta2 = " + beta + ": expected a value in [0, 1)", error.getMessage());
    }

    @Test
    void zeroEpsilonIsRejected() {
        OptimizerSettings settings = OptimizerKind.RMS_PROP.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings.with(HyperParameter.EPSILON, 0.0));

        assertEquals("Invalid epsilon = 0.0: expected a value in (0, infinity)", error.getMessage());
    }

    @Test
    void rangeEndsFollowInclusion() {
        OptimizerSettings settings = OptimizerKind.MOMENTUM.defaultSettings();

        OptimizerSettings noMomentum = settings.with(HyperParameter.MOMENTUM, 0.0);
        OptimizerSettings hugeStep = settings.with(HyperParameter.LEARNING_RATE, 1e6);

        assertEquals(0.0, noMomentum.get(HyperParameter.MOMENTUM));
        assertEquals(1e6, hugeStep.learningRate());
    }

    @Test
    void withLeavesOriginalUnchanged() {
        OptimizerSettings original = OptimizerKind.ADAM.defaultSettings();

        OptimizerSettings changed = original.with(HyperParameter.BETA1, 0.5);

        assertEquals(0.5, changed.get(HyperParameter.BETA1));
        assertEquals(0.9, original.get(HyperParameter.BETA1));
        assertEquals(original.learningRate(), changed.learningRate());
    }

    @Test
    void unknownKeyIsRejectedWithKnownKeys() {
        OptimizerSettings settings = OptimizerKind.MOMENTUM.defaultSettings();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings.get(HyperParameter.BETA1));

        assertEquals("Unknown hyper-parameter 'beta1' for momentum: expected one of [learningRate, momentum]",
                error.getMessage());
    }

    @Test
    void missingValueIsRejectedWithRange() {
        Map<String, Double> values = Map.of(HyperParameter.LEARNING_RATE, 0.001);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSettings(OptimizerKind.ADAM, values));

        assertEquals("Missing hyper-parameter 'beta1' for adam: expected a value in [0, 1)", error.getMessage());
    }

    @Test
    void valuesAreUnmodifiableCopy() {
        Map<String, Double> values = new HashMap<>(Map.of(HyperParameter.LEARNING_RATE, 0.1));
        OptimizerSettings settings = new OptimizerSettings(OptimizerKind.GRADIENT_DESCENT, values);

        values.put(HyperParameter.LEARNING_RATE, 0.2);

        assertEquals(0.1, settings.learningRate());
        assertThrows(UnsupportedOperationException.class, () -> settings.values().put("learningRate", 0.3));
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void kindIsFoundByKey(OptimizerKind kind) {
        assertSame(kind, OptimizerKind.ofKey(kind.key()));
    }

    @Test
    void unknownKindKeyIsRejectedWithKnownKeys() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OptimizerKind.ofKey("adagrad"));

        assertEquals("Unknown optimizer 'adagrad': expected one of "
                + "[gradientDescent, momentum, nesterovMomentum, rmsProp, adam]", error.getMessage());
    }

    @Test
    void hyperParameterFormatsRangeAndChecksValues() {
        HyperParameter beta = OptimizerKind.ADAM.hyperParameter(HyperParameter.BETA1);

        assertEquals("[0, 1)", beta.rangeText());
        assertTrue(beta.accepts(0.0));
        assertFalse(beta.accepts(1.0));
        assertEquals(0.25, beta.validate(0.25));
    }

    @Test
    void hyperParameterRejectsDefaultOutsideRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new HyperParameter("gamma", 2.0, 0.0, true, 1.0, false));

        assertEquals("Invalid default gamma = 2.0: expected a value in [0, 1)", error.getMessage());
    }

    @Test
    void hyperParameterRejectsNonAsciiKey() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new HyperParameter("β1", 0.9, 0.0, true, 1.0, false));

        assertTrue(error.getMessage().contains("'β1'"), error.getMessage());
    }
}
