package org.losslandscape.viewmodel;

import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.training.TrainingStatus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of training at one moment, for the training panel to show. Immutable.
 *
 * @param start   the point every run starts from
 * @param step    number of steps taken since the start or the last reset. A run that
 *                diverged or reached its step limit stops counting, so its own step may be lower.
 * @param playing {@code true} while training advances by itself
 * @param runs    one entry per selected optimizer, in the order they were selected. The first
 *                one, {@link #driver()}, moves the explorer's current point.
 */
public record TrainingSnapshot(ParameterPoint start, int step, boolean playing, List<RunState> runs) {

    /** Checks the fields and copies {@code runs}. */
    public TrainingSnapshot {
        Objects.requireNonNull(start, "start");
        runs = List.copyOf(runs);
    }

    /** Returns the run that moves the explorer's current point, empty when no optimizer is selected. */
    public Optional<RunState> driver() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /** Returns {@code true} when at least one run accepts further steps. */
    public boolean canStep() {
        return runs.stream().anyMatch(run -> run.status() == TrainingStatus.RUNNING);
    }

    /** Returns the runs that diverged, in run order. */
    public List<RunState> diverged() {
        return runs.stream().filter(run -> run.divergence() != null).toList();
    }
}
