/**
 * Training on the loss landscape: optimizers, their hyper-parameters and training runs.
 *
 * <p>{@link org.losslandscape.model.training.OptimizerKind} lists the five optimizers and their
 * hyper-parameters with defaults and ranges. {@link org.losslandscape.model.training.OptimizerSettings}
 * contains validated values and creates an {@link org.losslandscape.model.training.Optimizer}.
 * {@link org.losslandscape.model.training.TrainingRun} steps one optimizer from a start point,
 * keeps the history and detects divergence.
 *
 * <p>Thread rules: the records, {@code OptimizerKind} and {@code OptimizerSettings} are immutable
 * and safe to share. Optimizers and training runs keep mutable state and are not thread-safe.
 */
package org.losslandscape.model.training;
