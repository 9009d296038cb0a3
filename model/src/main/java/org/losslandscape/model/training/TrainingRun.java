package org.losslandscape.model.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.losslandscape.model.Gradient;
import org.losslandscape.model.Objective;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;

/**
 * One optimizer descending an objective from a start point, step by step, with its history.
 *
 * <p>Each {@link #step()} checks the new point. When a parameter becomes NaN or infinite, leaves
 * [−bound, bound], or the loss or gradient there is NaN or infinite, the run enters
 * {@link TrainingStatus#DIVERGED} and discards that point, so {@link #current()} and the history
 * keep only finite values. After {@code maxSteps} steps the run enters
 * {@link TrainingStatus#STEP_LIMIT_REACHED}. In both states {@link #step()} throws until
 * {@link #reset()}.
 *
 * <p>The history stores one point and one loss per step, about 60 bytes each, so the default
 * limit of 100 000 steps keeps it near 6 MB.
 *
 * <p>Not thread-safe: confine an instance to one thread, or guard every call with one lock.
 */
public final class TrainingRun {

    // NOTE: Adam at learning rate 100 stalls near |parameter| 600, where the gradient underflows, so this bound never trips.
    /** Default bound on each parameter's absolute value, far outside the lecture's grid [−4, 3.8]. */
    public static final double DEFAULT_PARAMETER_BOUND = 1000.0;

    /** Default maximum number of steps, which caps the history at 100 001 entries with the start. */
    public static final int DEFAULT_MAX_STEPS = 100_000;

    private static final int INITIAL_CAPACITY = 1024;

    private final Objective objective;
    private final Optimizer optimizer;
    private final double parameterBound;
    private final int maxSteps;
    private final TrainingStep start;

    private final List<ParameterPoint> points = new ArrayList<>(INITIAL_CAPACITY);
    private double[] losses = new double[INITIAL_CAPACITY];
    private TrainingStep current;
    private TrainingStatus status;
    private Divergence divergence;

    /**
     * Creates a run with {@link #DEFAULT_PARAMETER_BOUND} and {@link #DEFAULT_MAX_STEPS}.
     *
     * @throws IllegalArgumentException if the start point fails the divergence checks
     */
    public TrainingRun(Objective objective, ParameterPoint start, OptimizerSettings settings) {
        this(objective, start, settings, DEFAULT_PARAMETER_BOUND, DEFAULT_MAX_STEPS);
    }

    /**
     * Creates a run at step 0 with a new optimizer made from {@code settings}.
     *
     * @param parameterBound largest valid absolute value of a parameter, positive;
     *                       {@link Double#POSITIVE_INFINITY} turns the bound check off
     * @param maxSteps       number of steps after which the run stops, at least 1
     * @throws IllegalArgumentException if {@code parameterBound} or {@code maxSteps} is invalid,
     *                                  or if the start point fails the divergence checks
     */
    public TrainingRun(Objective objective, ParameterPoint start, OptimizerSettings settings,
                       double parameterBound, int maxSteps) {
        this.objective = Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(start, "start");
        this.optimizer = Objects.requireNonNull(settings, "settings").createOptimizer();
        if (!(parameterBound > 0)) {
            throw new IllegalArgumentException(
                    "Invalid parameter bound " + parameterBound + ": expected a positive number or infinity");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("Invalid maximum step count " + maxSteps + ": expected at least 1");
        }
        this.parameterBound = parameterBound;
        this.maxSteps = maxSteps;

        Evaluation initial = evaluate(0, start);
        if (initial.divergence != null) {
            throw new IllegalArgumentException("Invalid start point " + start + ": "
                    + initial.divergence.describe() + " with parameter bound " + parameterBound);
        }
        this.start = initial.step;
        reset();
    }

    /**
     * Advances the run by one optimizer step.
     *
     * @return the new current step, or, when this step diverged, the unchanged {@link #current()}
     *         while {@link #status()} turns {@link TrainingStatus#DIVERGED}
     * @throws IllegalStateException if the status is not {@link TrainingStatus#RUNNING}
     */
    public TrainingStep step() {
        if (status != TrainingStatus.RUNNING) {
            throw new IllegalStateException("Cannot step a training run in state " + status
                    + (divergence == null ? "" : " (" + divergence.describe() + ")")
                    + ": call reset() first");
        }
        int next = current.step() + 1;
        ParameterPoint candidate = optimizer.step(current.point(), objective);

        Evaluation evaluation = evaluate(next, candidate);
        if (evaluation.divergence != null) {
            divergence = evaluation.divergence;
            status = TrainingStatus.DIVERGED;
            return current;
        }
        append(evaluation.step);
        if (next >= maxSteps) {
            status = TrainingStatus.STEP_LIMIT_REACHED;
        }
        return current;
    }

    /** Returns the run to step 0 at the start point, with fresh optimizer state and status RUNNING. */
    public void reset() {
        optimizer.reset();
        points.clear();
        current = null;
        status = TrainingStatus.RUNNING;
        divergence = null;
        append(start);
    }

    /** Returns the latest finite step, step 0 right after construction or {@link #reset()}. */
    public TrainingStep current() {
        return current;
    }

    /** Returns the number of steps taken since the start, the step of {@link #current()}. */
    public int stepCount() {
        return current.step();
    }

    /** Returns whether the run accepts further steps. */
    public TrainingStatus status() {
        return status;
    }

    /** Returns the reason for the divergence while the status is {@link TrainingStatus#DIVERGED}, else empty. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** Returns the points from step 0 to {@link #stepCount()}, index = step, as a new unmodifiable list. */
    public List<ParameterPoint> points() {
        // TODO: add an accessor for the points after a given step if the view polls the history
        // every frame, because this copies up to maxSteps + 1 references per call.
        return List.copyOf(points);
    }

    /** Returns the losses from step 0 to {@link #stepCount()}, index = step, as a new array. */
    public double[] losses() {
        return Arrays.copyOf(losses, points.size());
    }

    /** Returns the start point, step 0. */
    public ParameterPoint startPoint() {
        return start.point();
    }

    /** Returns the optimizer's hyper-parameter values. */
    public OptimizerSettings settings() {
        return optimizer.settings();
    }

    /** Returns the largest valid absolute value of a parameter. */
    public double parameterBound() {
        return parameterBound;
    }

    /** Returns the number of steps after which the run stops. */
    public int maxSteps() {
        return maxSteps;
    }

    private void append(TrainingStep step) {
        int index = points.size();
        if (index == losses.length) {
            losses = Arrays.copyOf(losses, 2 * losses.length);
        }
        points.add(step.point());
        losses[index] = step.loss();
        current = step;
    }

    /** Runs the divergence checks in {@link DivergenceReason} order on {@code point}. */
    private Evaluation evaluate(int step, ParameterPoint point) {
        for (Parameter parameter : Parameter.values()) {
            double value = point.get(parameter);
            if (!Double.isFinite(value)) {
                return Evaluation.diverged(DivergenceReason.NON_FINITE_PARAMETER, step, parameter, value);
            }
        }
        for (Parameter parameter : Parameter.values()) {
            double value = point.get(parameter);
            if (Math.abs(value) > parameterBound) {
                return Evaluation.diverged(DivergenceReason.PARAMETER_OUT_OF_BOUNDS, step, parameter, value);
            }
        }
        double loss = objective.loss(point);
        if (!Double.isFinite(loss)) {
            return Evaluation.diverged(DivergenceReason.NON_FINITE_LOSS, step, null, loss);
        }
        Gradient gradient = objective.gradient(point);
        for (Parameter parameter : Parameter.values()) {
            double value = gradient.get(parameter);
            if (!Double.isFinite(value)) {
                return Evaluation.diverged(DivergenceReason.NON_FINITE_GRADIENT, step, parameter, value);
            }
        }
        return new Evaluation(new TrainingStep(step, point, loss, gradient), null);
    }

    /** Outcome of the checks: exactly one of the two is non-null. */
    private record Evaluation(TrainingStep step, Divergence divergence) {

        static Evaluation diverged(DivergenceReason reason, int step, Parameter parameter, double value) {
            return new Evaluation(null, new Divergence(reason, step, parameter, value));
        }
    }
}
