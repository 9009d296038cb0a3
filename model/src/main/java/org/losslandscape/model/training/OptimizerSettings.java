package org.losslandscape.model.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Validated hyper-parameter values for one optimizer. Immutable and safe to share between threads.
 *
 * @param kind   the optimizer
 * @param values one value per hyper-parameter of {@code kind}, by key. The record stores an
 *               unmodifiable copy in the order of {@link OptimizerKind#hyperParameters()} and
 *               does not modify the argument.
 */
public record OptimizerSettings(OptimizerKind kind, Map<String, Double> values) {

    /**
     * Validates and copies the values.
     *
     * @throws IllegalArgumentException if a key is unknown to {@code kind}, a value is missing,
     *                                  or a value lies outside its range. The message names the
     *                                  key, the value and the valid range.
     */
    public OptimizerSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        for (String key : values.keySet()) {
            kind.hyperParameter(key);
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        for (HyperParameter hyperParameter : kind.hyperParameters()) {
            Double value = values.get(hyperParameter.key());
            if (value == null) {
                throw new IllegalArgumentException("Missing hyper-parameter '" + hyperParameter.key()
                        + "' for " + kind.key() + ": expected a value in " + hyperParameter.rangeText());
            }
            copy.put(hyperParameter.key(), hyperParameter.validate(value));
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** Returns the settings of {@code kind} with every hyper-parameter at its default. */
    public static OptimizerSettings defaults(OptimizerKind kind) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (HyperParameter hyperParameter : kind.hyperParameters()) {
            values.put(hyperParameter.key(), hyperParameter.defaultValue());
        }
        return new OptimizerSettings(kind, values);
    }

    /**
     * Returns the value of hyper-parameter {@code key}.
     *
     * @throws IllegalArgumentException if {@link #kind()} has no hyper-parameter {@code key}
     */
    public double get(String key) {
        return values.get(kind.hyperParameter(key).key());
    }

    /** Returns the learning rate, which every optimizer has. */
    public double learningRate() {
        return get(HyperParameter.LEARNING_RATE);
    }

    /**
     * Returns a copy with hyper-parameter {@code key} set to {@code value}. This instance is unchanged.
     *
     * @throws IllegalArgumentException if the key is unknown or the value lies outside its range
     */
    public OptimizerSettings with(String key, double value) {
        kind.hyperParameter(key).validate(value);
        Map<String, Double> changed = new LinkedHashMap<>(values);
        changed.put(key, value);
        return new OptimizerSettings(kind, changed);
    }

    /**
     * Returns these settings when they are of {@code expected} kind.
     *
     * @throws IllegalArgumentException naming both kinds otherwise
     */
    OptimizerSettings requireKind(OptimizerKind expected) {
        if (kind != expected) {
            throw new IllegalArgumentException("Invalid settings of kind " + kind + ": expected " + expected);
        }
        return this;
    }

    /** Creates a new optimizer of {@link #kind()} with these values and fresh state. */
    public Optimizer createOptimizer() {
        return switch (kind) {
            case GRADIENT_DESCENT -> new GradientDescent(this);
            case MOMENTUM -> new Momentum(this);
            case NESTEROV_MOMENTUM -> new NesterovMomentum(this);
            case RMS_PROP -> new RmsProp(this);
            case ADAM -> new Adam(this);
        };
    }
}
