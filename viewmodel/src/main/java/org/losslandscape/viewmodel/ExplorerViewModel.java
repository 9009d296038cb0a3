package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import io.reactivex.rxjava3.subjects.Subject;
import org.losslandscape.model.Gradient;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.model.grid.GridTooLargeException;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The explorer's view-model: the current point in, slices, loss and grid state out.
 *
 * <p>The current point is continuous. Sliders set it to grid values with
 * {@link #selectIndex}; training and other views may move it anywhere with
 * {@link #selectPoint}. Once the grid is ready, slices through a grid point come from it.
 * Slices through any other point, and all slices before the grid is ready, come from the
 * network's formula over the same axis values, so the views never wait for the grid.
 *
 * <p>Inputs are verbs and may be called from any thread: they are serialized on this
 * object. Outputs are nouns and replay their latest value to new subscribers. Outputs
 * derived from the point emit on the thread that called the input, or on the computation
 * scheduler when a new grid arrives; grid state emits on the computation scheduler.
 * Subscribers that touch UI nodes move to their UI thread themselves.
 */
public final class ExplorerViewModel implements AutoCloseable {

    /** Values per axis that the window offers; the first is the lecture's grid. */
    public static final List<Integer> RESOLUTIONS = List.of(40, 100, 200, 1000, 2001);

    /** Largest number of values per axis that {@link #selectResolution} accepts. */
    public static final int MAX_RESOLUTION = 10_001;

    private final TinyNetwork network;
    private final GridAxes initialAxes;
    private final Scheduler computation;
    private final GridMemoryBudget budget;
    /** Replaced on each resolution change, so the spare array of a larger grid is not kept alive. */
    private GridBuffers buffers;
    private final BehaviorSubject<SliceSource> sliceSource;
    private final BehaviorSubject<ParameterPoint> point;
    private final Subject<GridState> gridState;
    private final BehaviorSubject<List<PathSeries>> paths = BehaviorSubject.createDefault(List.of());
    private final BehaviorSubject<Boolean> tangentsShown = BehaviorSubject.createDefault(true);
    private final SerialDisposable runningComputation = new SerialDisposable();
    private final Map<Parameter, Observable<SliceSeries>> slices = new EnumMap<>(Parameter.class);
    private final Observable<Double> currentLoss;
    private final Observable<Gradient> currentGradient;

    /**
     * Creates the view-model with the point at the grid's centre and a grid budget of a quarter
     * of the max heap. No computation starts until {@link #computeGrid()} is called.
     *
     * @param computation scheduler for the grid computation, such as {@code Schedulers.computation()}
     */
    public ExplorerViewModel(TinyNetwork network, GridAxes axes, Scheduler computation) {
        this(network, axes, computation, GridMemoryBudget.fromMaxHeap());
    }

    /**
     * Creates the view-model with the point at the grid's centre. Grids over {@code budget}
     * are not computed: the view-model then computes every slice on demand.
     */
    public ExplorerViewModel(TinyNetwork network, GridAxes axes, Scheduler computation, GridMemoryBudget budget) {
        this.network = Objects.requireNonNull(network, "network");
        this.initialAxes = Objects.requireNonNull(axes, "axes");
        this.computation = Objects.requireNonNull(computation, "computation");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.buffers = new GridBuffers(budget);
        this.sliceSource = BehaviorSubject.createDefault(new SliceSource(network, axes));
        this.point = BehaviorSubject.createDefault(pointAt(axes, axes.centre()));
        this.gridState = BehaviorSubject.<GridState>createDefault(new GridState.Computing(0)).toSerialized();
        Observable<GridState> latestGrid = gridState.distinctUntilChanged(ExplorerViewModel::sameGrid);
        for (Parameter parameter : Parameter.values()) {
            slices.put(parameter, Observable.combineLatest(latestGrid, point, sliceSource,
                    (state, at, source) -> source.slice(readyGrid(state), parameter, at)).replay(1).refCount());
        }
        this.currentLoss = Observable.combineLatest(latestGrid, point, sliceSource,
                (state, at, source) -> source.loss(readyGrid(state), at)).replay(1).refCount();
        this.currentGradient = currentPoint().map(network::gradient).replay(1).refCount();
    }

    /** Returns the view-model for the lecture: its network and its 40⁴ grid. */
    public static ExplorerViewModel lecture(Scheduler computation) {
        return new ExplorerViewModel(TinyNetwork.lecture(), GridAxes.LECTURE, computation);
    }

    /** Returns the current axes: the slices' x values, and the grid's axes when there is a grid. */
    public GridAxes axes() {
        return sliceSource.getValue().axes();
    }

    /** Returns the current axes; emits at once, then after each {@link #selectResolution}. */
    public Observable<GridAxes> axesChanges() {
        return sliceSource.map(SliceSource::axes).distinctUntilChanged();
    }

    /** Returns the network whose loss this view-model shows. */
    public TinyNetwork network() {
        return network;
    }

    // ---- inputs ----

    /**
     * Moves the point's {@code parameter} to grid value {@code index} of its axis.
     *
     * @throws IllegalArgumentException if {@code index} lies outside the axis
     */
    public synchronized void selectIndex(Parameter parameter, int index) {
        ParameterAxis axis = axes().axis(parameter);
        if (index < 0 || index >= axis.size()) {
            throw new IllegalArgumentException("Invalid " + parameter.key() + " index " + index
                    + ": expected 0 to " + (axis.size() - 1));
        }
        moveTo(point.getValue().with(parameter, axis.value(index)));
    }

    /**
     * Moves the point's {@code parameter} to {@code value}, on or off the grid.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public synchronized void selectValue(Parameter parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid " + parameter.key() + " value " + value + ": expected a finite number");
        }
        moveTo(point.getValue().with(parameter, value));
    }

    /**
     * Changes the number of values per axis over the same parameter range, then computes the
     * grid at the new resolution, or switches to on-demand slices when that grid exceeds the
     * memory budget. With a grid, the point snaps to the nearest grid point, so the sliders and
     * the grid agree.
     *
     * @throws IllegalArgumentException if {@code valuesPerAxis} is outside [2, {@value #MAX_RESOLUTION}]
     */
    public synchronized void selectResolution(int valuesPerAxis) {
        if (valuesPerAxis < 2 || valuesPerAxis > MAX_RESOLUTION) {
            throw new IllegalArgumentException("Invalid resolution " + valuesPerAxis
                    + ": expected 2 to " + MAX_RESOLUTION + " values per axis");
        }
        GridAxes next = GridAxes.uniform(resampled(initialAxes.w0(), valuesPerAxis));
        if (next.equals(axes())) {
            return;
        }
        sliceSource.onNext(new SliceSource(network, next));
        buffers = new GridBuffers(budget);
        if (fits(next)) {
            moveTo(pointAt(next, nearestIndex(point.getValue())));
        }
        computeGrid();
    }

    /**
     * Moves the point to {@code target}, on or off the grid.
     *
     * @throws IllegalArgumentException if any of its values is NaN or infinite
     */
    public synchronized void selectPoint(ParameterPoint target) {
        if (!target.isFinite()) {
            throw new IllegalArgumentException("Invalid point " + target + ": every value must be finite");
        }
        moveTo(target);
    }

    /** Replaces the paths drawn over the views; an empty list removes them. */
    public void showPaths(List<PathSeries> series) {
        paths.onNext(List.copyOf(series));
    }

    /** Shows or hides the tangent lines at the slices' markers; they are shown at first. */
    public void showTangents(boolean shown) {
        tangentsShown.onNext(shown);
    }

    /**
     * Starts computing the grid on the computation scheduler, cancelling any computation still
     * running. A cancelled computation never delivers its result.
     */
    public synchronized void computeGrid() {
        GridAxes axes = axes();
        try {
            LossGridComputer.checkFits(network, axes, budget);
        } catch (GridTooLargeException e) {
            runningComputation.set(Disposable.empty());
            gridState.onNext(new GridState.OnDemand(e));
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressForwarder progress = new ProgressForwarder(gridState, cancelled);
        GridBuffers target = buffers;
        gridState.onNext(new GridState.Computing(0));
        // tryOnError drops the CancellationException of a disposed computation. Single.fromCallable
        // would pass it to RxJavaPlugins, which prints it as an undeliverable error.
        Disposable handle = Single.<LossGrid>create(emitter -> {
                    try {
                        emitter.onSuccess(LossGridComputer.compute(network, axes, progress, cancelled::get, target));
                    } catch (RuntimeException e) {
                        emitter.tryOnError(e);
                    }
                })
                .subscribeOn(computation)
                .doOnDispose(() -> cancelled.set(true))
                .subscribe(grid -> gridState.onNext(new GridState.Ready(grid)),
                        error -> gridState.onNext(new GridState.Failed(error)));
        runningComputation.set(handle);
    }

    /** Cancels any running computation; the outputs stop changing but do not complete. */
    @Override
    public void close() {
        runningComputation.dispose();
    }

    // ---- outputs ----

    /** Returns the current point; emits at once, then on each change. */
    public Observable<ParameterPoint> currentPoint() {
        return point.distinctUntilChanged();
    }

    /** Returns the grid index nearest to the current point, for controls that snap to the grid. */
    public Observable<GridIndex> selection() {
        return currentPoint().map(this::nearestIndex).distinctUntilChanged();
    }

    /** Returns the grid's state: computing with a progress fraction, ready, or failed. */
    public Observable<GridState> gridState() {
        return gridState;
    }

    /** Returns the slice along {@code parameter} through the current point; emits at once. */
    public Observable<SliceSeries> slice(Parameter parameter) {
        return slices.get(Objects.requireNonNull(parameter, "parameter"));
    }

    /** Returns the loss at the current point; emits at once. */
    public Observable<Double> currentLoss() {
        return currentLoss;
    }

    /** Returns the gradient ∇L at the current point, from the network's formula; emits at once. */
    public Observable<Gradient> currentGradient() {
        return currentGradient;
    }

    /** Returns whether the slices show tangent lines at their markers; {@code true} at first. */
    public Observable<Boolean> tangentsShown() {
        return tangentsShown.distinctUntilChanged();
    }

    /** Returns the paths to draw over the views; an empty list at first. */
    public Observable<List<PathSeries>> paths() {
        return paths;
    }

    /**
     * Returns the paths with the loss at each of their points, for views that plot paths
     * against the loss; computed on the thread that called {@link #showPaths}.
     */
    public Observable<List<ProjectedPath>> projectedPaths() {
        return paths.map(series -> ProjectedPath.ofAll(series, network));
    }

    /** Returns the index on the current axes nearest to {@code at}, each component clamped to its axis. */
    public GridIndex nearestIndex(ParameterPoint at) {
        GridAxes axes = axes();
        return new GridIndex(axes.w0().nearestIndex(at.w0()), axes.b0().nearestIndex(at.b0()),
                axes.w1().nearestIndex(at.w1()), axes.b1().nearestIndex(at.b1()));
    }

    /**
     * Returns true when the grid with {@code valuesPerAxis} values per axis, over the same range
     * as the current axes, fits the memory budget.
     *
     * @throws IllegalArgumentException if {@code valuesPerAxis} is outside [2, {@value #MAX_RESOLUTION}]
     */
    public boolean fitsBudget(int valuesPerAxis) {
        if (valuesPerAxis < 2 || valuesPerAxis > MAX_RESOLUTION) {
            throw new IllegalArgumentException("Invalid resolution " + valuesPerAxis
                    + ": expected 2 to " + MAX_RESOLUTION + " values per axis");
        }
        return fits(GridAxes.uniform(resampled(initialAxes.w0(), valuesPerAxis)));
    }

    private boolean fits(GridAxes candidate) {
        try {
            LossGridComputer.checkFits(network, candidate, budget);
            return true;
        } catch (GridTooLargeException e) {
            return false;
        }
    }

    private void moveTo(ParameterPoint target) {
        if (!target.equals(point.getValue())) {
            point.onNext(target);
        }
    }

    private static ParameterPoint pointAt(GridAxes axes, GridIndex index) {
        return new ParameterPoint(axes.w0().value(index.w0()), axes.b0().value(index.b0()),
                axes.w1().value(index.w1()), axes.b1().value(index.b1()));
    }

    /**
     * Returns {@code size} values over the same half-open range as {@code axis}: from its start,
     * in steps of range / size, as {@code np.arange(start, end, (end − start) / size)} would.
     */
    static ParameterAxis resampled(ParameterAxis axis, int size) {
        double range = axis.step() * axis.size();
        return new ParameterAxis(axis.start(), range / size, size);
    }

    private static LossGrid readyGrid(GridState state) {
        return state instanceof GridState.Ready ready ? ready.grid() : null;
    }

    /** Treats all non-ready states as one, so progress reports do not recompute the slices. */
    private static boolean sameGrid(GridState a, GridState b) {
        return readyGrid(a) == readyGrid(b);
    }
}
