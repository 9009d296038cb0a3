package org.losslandscape.model;

/**
 * A differentiable loss over the four parameters: what an optimizer minimizes.
 *
 * <p>{@link TinyNetwork} is the objective of this application. Tests supply others, for
 * example one whose loss turns NaN in part of the parameter space.
 */
public interface Objective {

    /** Computes the loss L(θ) at {@code point}. */
    double loss(ParameterPoint point);

    /** Computes the gradient ∇L(θ) at {@code point}. */
    Gradient gradient(ParameterPoint point);
}
