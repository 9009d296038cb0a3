package org.losslandscape.model.training;

import java.util.Objects;

import org.losslandscape.model.Parameter;

/**
 * The cause and step of a training run's divergence.
 *
 * @param reason    the failed check
 * @param step      number of the step that failed, one more than the last finite step
 * @param parameter the offending parameter, the first in axis order that failed the check.
 *                  {@code null} for {@link DivergenceReason#NON_FINITE_LOSS}; for
 *                  {@link DivergenceReason#NON_FINITE_GRADIENT} it names the partial derivative.
 * @param value     the offending value: the parameter's value, the loss or the partial derivative
 */
public record Divergence(DivergenceReason reason, int step, Parameter parameter, double value) {

    /**
     * Validates that a parameter is given exactly when the reason concerns one.
     *
     * @throws IllegalArgumentException if {@code parameter} is missing, or present for a non-finite loss
     */
    public Divergence {
        Objects.requireNonNull(reason, "reason");
        boolean needsParameter = reason != DivergenceReason.NON_FINITE_LOSS;
        if (needsParameter != (parameter != null)) {
            throw new IllegalArgumentException("Invalid parameter " + parameter + " for " + reason
                    + ": expected " + (needsParameter ? "a parameter" : "none"));
        }
    }

    /**
     * Formats the divergence for exception messages and logs, such as
     * {@code "step 3: w1 = 1500.0 (PARAMETER_OUT_OF_BOUNDS)"}.
     */
    public String describe() {
        String name = parameter == null ? "loss" : parameter.key();
        String what = reason == DivergenceReason.NON_FINITE_GRADIENT ? "dL/d" + name : name;
        return "step " + step + ": " + what + " = " + value + " (" + reason + ")";
    }
}
