package org.losslandscape.viewmodel;

import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.model.training.TrainingRun;
import org.losslandscape.model.training.TrainingStatus;
import org.losslandscape.model.training.TrainingStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Several optimizers training side by side from one start point, stepped together, each with
 * its own run and trace.
 *
 * <p>Not thread-safe: confined to the training scheduler's worker, because {@link TrainingRun}
 * is not thread-safe.
 */
final class TrainingSession {

    private final ParameterPoint start;
    private final List<TrainingRun> runs = new ArrayList<>();
    private final List<RunTrace> traces = new ArrayList<>();
    private int step;

    /**
     * Creates one run at step 0 per entry of {@code optimizers}, in that order.
     *
     * @throws IllegalArgumentException if {@code start} fails the runs' divergence checks
     */
    TrainingSession(Objective objective, ParameterPoint start, List<OptimizerSettings> optimizers) {
        this.start = start;
        for (OptimizerSettings settings : optimizers) {
            TrainingRun run = new TrainingRun(objective, start, settings);
            RunTrace trace = new RunTrace();
            trace.append(run.current().point(), run.current().loss());
            runs.add(run);
            traces.add(trace);
        }
    }

    /** Returns {@code true} when at least one run accepts further steps. */
    boolean canStep() {
        return runs.stream().anyMatch(run -> run.status() == TrainingStatus.RUNNING);
    }

    /**
     * Advances every running run by up to {@code steps} steps, stopping early after the first
     * step in which a run diverged or reached its step limit.
     *
     * @return {@code true} when training stopped early or no run accepts further steps
     */
    boolean advance(int steps) {
        for (int i = 0; i < steps; i++) {
            if (!canStep()) {
                return true;
            }
            step++;
            if (stepEachRun()) {
                return true;
            }
        }
        return !canStep();
    }

    /** Steps each running run once; returns {@code true} when one of them stopped. */
    private boolean stepEachRun() {
        boolean stopped = false;
        for (int i = 0; i < runs.size(); i++) {
            TrainingRun run = runs.get(i);
            if (run.status() != TrainingStatus.RUNNING) {
                continue;
            }
            int before = run.stepCount();
            TrainingStep current = run.step();
            if (current.step() > before) {
                traces.get(i).append(current.point(), current.loss());
            }
            stopped |= run.status() != TrainingStatus.RUNNING;
        }
        return stopped;
    }

    /** Returns the first run's latest point, empty when there is no run. */
    Optional<ParameterPoint> driverPoint() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0).current().point());
    }

    /** Returns the state of every run, with loss curves of at most {@code maxPoints} + 1 points. */
    TrainingSnapshot snapshot(boolean playing, int maxPoints) {
        List<RunState> states = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            TrainingRun run = runs.get(i);
            DivergenceReport report = run.divergence()
                    .map(divergence -> DivergenceReport.of(divergence, run.settings(), run.parameterBound()))
                    .orElse(null);
            states.add(new RunState(run.settings(), run.status(), run.current(),
                    traces.get(i).thinnedCurve(maxPoints), report));
        }
        return new TrainingSnapshot(start, step, playing, states);
    }

    /** Returns each run's path of at most {@code maxPoints} + 1 points, labelled by {@code labels}. */
    List<PathSeries> paths(Function<OptimizerKind, String> labels, int maxPoints) {
        List<PathSeries> paths = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            OptimizerKind kind = runs.get(i).settings().kind();
            paths.add(new PathSeries(kind.key(), labels.apply(kind), traces.get(i).thinnedPoints(maxPoints)));
        }
        return paths;
    }
}
