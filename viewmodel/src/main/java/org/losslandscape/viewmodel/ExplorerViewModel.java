package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import io.reactivex.rxjava3.subjects.Subject;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * The explorer's view-model: four slider indices in, slices, loss and grid state out.
 *
 * <p>Inputs are verbs ({@link #selectIndex}, {@link #computeGrid}); outputs are nouns and
 * replay their latest value to new subscribers. Thread rules: inputs may be called from any
 * one thread at a time. Outputs derived from the selection emit on the thread that called
 * {@link #selectIndex}, or on the computation scheduler when a new grid arrives; grid state
 * emits on the computation scheduler. Subscribers that touch UI nodes must move to their UI
 * thread themselves.
 */
public final class ExplorerViewModel implements AutoCloseable {

    /** Smallest progress step forwarded to subscribers, so a view is not flooded. */
    static final double PROGRESS_STEP = 0.01;

    private final TinyNetwork network;
    private final GridAxes axes;
    private final Scheduler computation;
    private final BehaviorSubject<GridIndex> selection;
    private final Subject<GridState> gridState;
    private final SerialDisposable runningComputation = new SerialDisposable();
    private final Observable<LossGrid> readyGrid;
    private final Map<Parameter, Observable<SliceSeries>> slices = new EnumMap<>(Parameter.class);
    private final Observable<Double> currentLoss;

    /**
     * Creates the view-model with the selection at the grid's centre. No computation starts
     * until {@link #computeGrid()} is called.
     *
     * @param computation scheduler for the grid computation, such as {@code Schedulers.computation()}
     */
    public ExplorerViewModel(TinyNetwork network, GridAxes axes, Scheduler computation) {
        this.network = Objects.requireNonNull(network, "network");
        this.axes = Objects.requireNonNull(axes, "axes");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.selection = BehaviorSubject.createDefault(axes.centre());
        this.gridState = BehaviorSubject.<GridState>createDefault(new GridState.Computing(0)).toSerialized();
        this.readyGrid = gridState.ofType(GridState.Ready.class).map(GridState.Ready::grid);
        for (Parameter parameter : Parameter.values()) {
            slices.put(parameter, Observable.combineLatest(readyGrid, selection,
                    (grid, index) -> slice(grid, parameter, index)).replay(1).refCount());
        }
        this.currentLoss = Observable.combineLatest(readyGrid, selection, LossGrid::loss).replay(1).refCount();
    }

    /** Returns the view-model for the lecture: its network and its 40⁴ grid. */
    public static ExplorerViewModel lecture(Scheduler computation) {
        return new ExplorerViewModel(TinyNetwork.lecture(), GridAxes.LECTURE, computation);
    }

    /** Returns the grid's axes, fixed for the life of this view-model. */
    public GridAxes axes() {
        return axes;
    }

    // ---- inputs ----

    /**
     * Moves the selection on {@code parameter}'s axis to {@code index}.
     *
     * @throws IllegalArgumentException if {@code index} lies outside the axis
     */
    public void selectIndex(Parameter parameter, int index) {
        int size = axes.axis(parameter).size();
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Invalid " + parameter.key() + " index " + index
                    + ": expected 0 to " + (size - 1));
        }
        GridIndex current = currentIndex();
        if (current.get(parameter) != index) {
            selection.onNext(current.with(parameter, index));
        }
    }

    /**
     * Starts computing the grid on the computation scheduler, cancelling any computation still
     * running. Its result is never delivered after cancellation.
     */
    public void computeGrid() {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressForwarder progress = new ProgressForwarder(cancelled);
        gridState.onNext(new GridState.Computing(0));
        Disposable computationHandle = Single.fromCallable(
                        () -> LossGridComputer.compute(network, axes, progress, cancelled::get))
                .subscribeOn(computation)
                .doOnDispose(() -> cancelled.set(true))
                .subscribe(grid -> gridState.onNext(new GridState.Ready(grid)),
                        error -> gridState.onNext(new GridState.Failed(error)));
        runningComputation.set(computationHandle);
    }

    /** Cancels any running computation and completes nothing: outputs simply stop changing. */
    @Override
    public void close() {
        runningComputation.dispose();
    }

    // ---- outputs ----

    /** Returns the selected grid index; emits at once, then on each change. */
    public Observable<GridIndex> selection() {
        return selection.distinctUntilChanged();
    }

    /** Returns the parameter values at the selected index; available before the grid is ready. */
    public Observable<ParameterPoint> currentPoint() {
        return selection().map(this::pointAt);
    }

    /** Returns the grid's state: computing with a progress fraction, ready, or failed. */
    public Observable<GridState> gridState() {
        return gridState;
    }

    /** Returns the slice along {@code parameter} through the selection, once the grid is ready. */
    public Observable<SliceSeries> slice(Parameter parameter) {
        return slices.get(Objects.requireNonNull(parameter, "parameter"));
    }

    /** Returns the loss at the selection, once the grid is ready. */
    public Observable<Double> currentLoss() {
        return currentLoss;
    }

    private GridIndex currentIndex() {
        return selection.getValue();
    }

    private ParameterPoint pointAt(GridIndex index) {
        return new ParameterPoint(axes.w0().value(index.w0()), axes.b0().value(index.b0()),
                axes.w1().value(index.w1()), axes.b1().value(index.b1()));
    }

    private SliceSeries slice(LossGrid grid, Parameter parameter, GridIndex index) {
        ParameterAxis axis = axes.axis(parameter);
        return new SliceSeries(parameter, axis.values(), grid.slice(parameter, index),
                axis.value(index.get(parameter)), grid.loss(index));
    }

    /**
     * Forwards progress only when it has grown by at least {@link #PROGRESS_STEP}, and never
     * for a cancelled computation. Called concurrently by the grid's worker threads.
     */
    private final class ProgressForwarder implements DoubleConsumer {
        private final AtomicBoolean cancelled;
        private double lastSent;

        ProgressForwarder(AtomicBoolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public synchronized void accept(double fraction) {
            if (!cancelled.get() && fraction >= lastSent + PROGRESS_STEP && fraction < 1) {
                lastSent = fraction;
                gridState.onNext(new GridState.Computing(fraction));
            }
        }
    }
}
