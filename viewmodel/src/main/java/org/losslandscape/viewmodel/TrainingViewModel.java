package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.model.training.TrainingRun;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The training panel's view-model: one or more optimizers descending the explorer's loss
 * from a common start point, played, paused, stepped and reset.
 *
 * <p>While training has started, each published change moves the explorer's current point to
 * the first run's point ({@link ExplorerViewModel#selectPoint}) and replaces the explorer's
 * paths with every run's path ({@link ExplorerViewModel#showPaths}). Before the first step,
 * play, reset or start point change, the explorer's point is left where the sliders put it.
 * Changing the start point or the optimizers resets training to step 0 and pauses it.
 *
 * <p>Playback advances {@link #selectSpeed steps per second} in frames of {@link #FRAME_NANOS}
 * and publishes one snapshot per frame that took a step, not one per step, so subscribers see at
 * most 64 changes a second. It pauses by itself at the first divergence or step limit; the runs
 * that still accept steps continue on the next play or step.
 *
 * <p>Thread rules: inputs may be called from any thread. They only queue work on one worker of
 * the training scheduler, which owns the {@link TrainingRun}s, so runs are confined to that
 * worker. {@link #snapshots()} emits on that worker, and so do the explorer's outputs that
 * training changes.
 */
public final class TrainingViewModel implements AutoCloseable {

    /** Slowest playback speed, in steps per second. */
    public static final double MIN_STEPS_PER_SECOND = 1;

    /** Fastest playback speed, in steps per second. */
    public static final double MAX_STEPS_PER_SECOND = 1000;

    /** Playback speed until {@link #selectSpeed} changes it, in steps per second. */
    public static final double DEFAULT_STEPS_PER_SECOND = 100;

    /** Length of one playback frame: 1/64 s, a power of two so step budgets add up exactly. */
    public static final long FRAME_NANOS = 15_625_000L;

    /** Largest valid absolute value of a start coordinate, the runs' parameter bound. */
    public static final double START_BOUND = TrainingRun.DEFAULT_PARAMETER_BOUND;

    /** Maximum number of points per path and loss curve in a snapshot, not counting the last point. */
    static final int MAX_DRAWN_POINTS = 1024;

    /** Maximum time between frames that playback makes up for, so a stalled thread causes no burst of steps. */
    private static final long MAX_CATCH_UP_NANOS = 250_000_000L;

    private static final System.Logger LOG = System.getLogger(TrainingViewModel.class.getName());

    private final ExplorerViewModel explorer;
    private final Function<OptimizerKind, String> labels;
    private final Scheduler.Worker worker;
    private final BehaviorSubject<TrainingSnapshot> snapshots = BehaviorSubject.create();
    private final SerialDisposable ticker = new SerialDisposable();
    private final AtomicReference<ParameterPoint> latestPoint = new AtomicReference<>();
    private final Disposable pointSubscription;
    private volatile double stepsPerSecond = DEFAULT_STEPS_PER_SECOND;

    // Confined to the worker.
    private ParameterPoint start = ParameterPoint.LECTURE_START;
    private List<OptimizerSettings> optimizers = List.of(OptimizerKind.GRADIENT_DESCENT.defaultSettings());
    private TrainingSession session;
    private boolean started;
    private boolean playing;
    private long lastFrameNanos;
    private double stepBudget;

    /**
     * Creates the view-model with gradient descent at its defaults, starting from
     * {@link ParameterPoint#LECTURE_START}, paused at step 0. The first snapshot is emitted
     * once the training scheduler runs the setup.
     *
     * @param explorer the explorer whose point and paths training moves
     * @param training scheduler for the training steps, such as {@code Schedulers.single()};
     *                 one worker of it runs every step
     * @param labels   the name to show for each optimizer, used as the paths' labels
     */
    public TrainingViewModel(ExplorerViewModel explorer, Scheduler training, Function<OptimizerKind, String> labels) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.worker = Objects.requireNonNull(training, "training").createWorker();
        this.pointSubscription = explorer.currentPoint().subscribe(latestPoint::set);
        submit(this::rebuild);
    }

    // ---- inputs ----

    /** Starts playback at the selected speed; does nothing while playing or when no run can step. */
    public void play() {
        submit(() -> {
            if (playing || !session.canStep()) {
                return;
            }
            playing = true;
            started = true;
            lastFrameNanos = worker.now(TimeUnit.NANOSECONDS);
            stepBudget = 0;
            ticker.set(worker.schedulePeriodically(guarded(this::frame), FRAME_NANOS, FRAME_NANOS,
                    TimeUnit.NANOSECONDS));
            publish();
        });
    }

    /** Stops playback; the runs keep their state and the explorer's point stays where it is. */
    public void pause() {
        submit(() -> {
            stopPlaying();
            snapshots.onNext(session.snapshot(playing, MAX_DRAWN_POINTS));
        });
    }

    /** Pauses playback and advances every run that accepts steps by exactly one step. */
    public void step() {
        submit(() -> {
            stopPlaying();
            started = true;
            session.advance(1);
            publish();
        });
    }

    /** Pauses and returns every run to step 0 at the same start point, clearing paths and curves. */
    public void reset() {
        submit(() -> {
            started = true;
            rebuild();
        });
    }

    /**
     * Sets the start point and resets training to it.
     *
     * @throws IllegalArgumentException if a coordinate is NaN, infinite or beyond ±{@link #START_BOUND}
     */
    public void selectStart(ParameterPoint point) {
        validateStart(point);
        submit(() -> {
            start = point;
            started = true;
            rebuild();
        });
    }

    /** Sets the start point to the explorer's current point and resets training to it. */
    public void selectStartAtCurrentPoint() {
        selectStart(latestPoint.get());
    }

    /**
     * Sets the optimizers to train side by side and resets training. The first one moves the
     * explorer's current point; an empty list leaves nothing to train.
     */
    public void selectOptimizers(List<OptimizerSettings> selected) {
        List<OptimizerSettings> copy = List.copyOf(selected);
        submit(() -> {
            optimizers = copy;
            rebuild();
        });
    }

    /**
     * Sets the playback speed, which applies from the next frame on.
     *
     * @throws IllegalArgumentException if {@code perSecond} lies outside
     *                                  [{@link #MIN_STEPS_PER_SECOND}, {@link #MAX_STEPS_PER_SECOND}]
     */
    public void selectSpeed(double perSecond) {
        if (!(perSecond >= MIN_STEPS_PER_SECOND && perSecond <= MAX_STEPS_PER_SECOND)) {
            throw new IllegalArgumentException("Invalid speed " + perSecond + " steps per second: expected "
                    + MIN_STEPS_PER_SECOND + " to " + MAX_STEPS_PER_SECOND);
        }
        stepsPerSecond = perSecond;
    }

    /** Stops playback and ends the subscription to the explorer; later inputs do nothing. */
    @Override
    public void close() {
        ticker.dispose();
        worker.dispose();
        pointSubscription.dispose();
    }

    // ---- outputs ----

    /** Returns the training state; replays the latest snapshot, emits on the training worker. */
    public Observable<TrainingSnapshot> snapshots() {
        return snapshots;
    }

    /**
     * Checks that {@code point} can start a run.
     *
     * @throws IllegalArgumentException naming the first coordinate that is NaN, infinite or beyond ±{@link #START_BOUND}
     */
    public static void validateStart(ParameterPoint point) {
        Objects.requireNonNull(point, "point");
        for (Parameter parameter : Parameter.values()) {
            double value = point.get(parameter);
            if (!(Math.abs(value) <= START_BOUND)) {
                throw new IllegalArgumentException("Invalid start " + parameter.key() + " = " + value
                        + ": expected a value from -" + START_BOUND + " to " + START_BOUND);
            }
        }
    }

    // ---- on the worker ----

    private void rebuild() {
        stopPlaying();
        session = new TrainingSession(explorer.network(), start, optimizers);
        publish();
    }

    /** Takes the steps that the elapsed time and the speed allow; runs once per frame. */
    private void frame() {
        long now = worker.now(TimeUnit.NANOSECONDS);
        long elapsed = Math.min(now - lastFrameNanos, MAX_CATCH_UP_NANOS);
        lastFrameNanos = now;
        stepBudget += stepsPerSecond * elapsed / 1e9;
        int steps = (int) stepBudget;
        stepBudget -= steps;
        if (steps == 0) {
            return;
        }
        if (session.advance(steps)) {
            stopPlaying();
        }
        publish();
    }

    private void stopPlaying() {
        playing = false;
        ticker.set(Disposable.disposed());
    }

    /** Emits a snapshot and, once training has started, moves the explorer's point and paths. */
    private void publish() {
        snapshots.onNext(session.snapshot(playing, MAX_DRAWN_POINTS));
        if (started) {
            session.driverPoint().ifPresent(explorer::selectPoint);
            explorer.showPaths(session.paths(labels, MAX_DRAWN_POINTS));
        }
    }

    private void submit(Runnable task) {
        worker.schedule(guarded(task));
    }

    /** Wraps {@code task} so that an exception is logged instead of ending the worker's periodic task. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Training task failed", e);
            }
        };
    }
}
