package org.losslandscape.model.training;

import org.losslandscape.model.Gradient;
import org.losslandscape.model.ParameterPoint;

/**
 * The state of a training run after a number of optimizer steps.
 *
 * @param step     number of optimizer steps taken, 0 for the start point
 * @param point    the point θ after {@code step} steps, always finite
 * @param loss     the loss L(θ) at {@code point}, always finite
 * @param gradient the gradient ∇L(θ) at {@code point}, always finite
 */
public record TrainingStep(int step, ParameterPoint point, double loss, Gradient gradient) {
}
