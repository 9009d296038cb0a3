package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.core.BackpressureStrategy;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.subjects.BehaviorSubject;
import io.reactivex.rxjava3.subjects.Subject;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.Objects;

/**
 * The view-model of a loss heatmap: the loss over a chosen pair of parameters through the
 * explorer's current point, and the inputs that move that point from the map.
 *
 * <p>Maps are computed on the computation scheduler given to the constructor, one at a time.
 * When the point moves faster than maps are computed, only the newest request waits, so a
 * fast drag never builds a backlog. Moving the point within the plane (changing only the
 * pair's own parameters) computes nothing: the map stays the same and only its marker moves.
 *
 * <p>Inputs may be called from any thread. {@link #lossMap()} emits on the computation
 * scheduler; {@link #pair()} emits on the thread that called {@link #selectPair}.
 */
public final class LossMapViewModel {

    /** Cells per axis of the maps that the heatmap shows: 400 × 400 losses. */
    public static final int DEFAULT_RESOLUTION = 400;

    private final ExplorerViewModel explorer;
    private final ParameterAxis[] samplingAxes = new ParameterAxis[Parameter.COUNT];
    private final Subject<ParameterPair> pair = BehaviorSubject.createDefault(ParameterPair.OUTPUT_LAYER).toSerialized();
    private final Observable<LossMap> lossMap;

    /**
     * Creates the view-model over {@code explorer}'s grid ranges.
     *
     * @param computation scheduler for the map computations, such as {@code Schedulers.computation()}
     * @param resolution  cells per axis, at least 2
     * @throws IllegalArgumentException if {@code resolution} is below 2
     */
    public LossMapViewModel(ExplorerViewModel explorer, Scheduler computation, int resolution) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(computation, "computation");
        for (Parameter parameter : Parameter.values()) {
            samplingAxes[parameter.ordinal()] = LossMaps.sampling(explorer.axes().axis(parameter), resolution);
        }
        this.lossMap = Observable.combineLatest(pair.distinctUntilChanged(), explorer.currentPoint(), MapRequest::new)
                .distinctUntilChanged(MapRequest::samePlane)
                .toFlowable(BackpressureStrategy.LATEST)
                .observeOn(computation, false, 1)
                .map(this::compute)
                .toObservable()
                .replay(1)
                .refCount();
    }

    // ---- inputs ----

    /** Shows the plane of {@code chosen} from now on. */
    public void selectPair(ParameterPair chosen) {
        pair.onNext(Objects.requireNonNull(chosen, "chosen"));
    }

    /**
     * Moves the explorer's current point to the grid point nearest to ({@code xValue},
     * {@code yValue}) in the plane of {@code plane}, keeping its other two parameters. The
     * point snaps to grid values so that the sliders, which show grid indices, land exactly
     * on it.
     */
    public void selectAt(ParameterPair plane, double xValue, double yValue) {
        // The explorer's point is a BehaviorSubject: blockingFirst returns its value at once.
        ParameterPoint current = explorer.currentPoint().blockingFirst();
        // NOTE: a training run that moves the point between this read and the write below is overwritten.
        explorer.selectPoint(snap(plane, current, xValue, yValue));
    }

    // ---- outputs ----

    /** Returns the chosen pair; emits (w1, b1) at once, then each new choice. */
    public Observable<ParameterPair> pair() {
        return pair.distinctUntilChanged();
    }

    /** Returns the map through the current point over the chosen pair; emits on the computation scheduler. */
    public Observable<LossMap> lossMap() {
        return lossMap;
    }

    /**
     * Returns {@code at} with {@code plane}'s parameters moved to the grid values nearest to
     * {@code xValue} and {@code yValue}, each clamped to its axis.
     */
    public ParameterPoint snap(ParameterPair plane, ParameterPoint at, double xValue, double yValue) {
        ParameterPoint target = at.with(plane.x(), xValue).with(plane.y(), yValue);
        GridIndex nearest = explorer.nearestIndex(target);
        return at.with(plane.x(), gridValue(plane.x(), nearest))
                .with(plane.y(), gridValue(plane.y(), nearest));
    }

    /** Computes the loss at {@code at}, for read-outs such as a hover label. Cheap: one evaluation. */
    public double lossAt(ParameterPoint at) {
        return explorer.network().loss(at);
    }

    private double gridValue(Parameter parameter, GridIndex index) {
        return explorer.axes().axis(parameter).value(index.get(parameter));
    }

    private LossMap compute(MapRequest request) {
        ParameterPair plane = request.plane();
        return LossMaps.compute(explorer.network(), plane, request.through(),
                samplingAxes[plane.x().ordinal()], samplingAxes[plane.y().ordinal()]);
    }

    /** A map to compute: the plane of {@code plane} through {@code through}. */
    private record MapRequest(ParameterPair plane, ParameterPoint through) {

        /** Returns {@code true} when both requests describe the same map, so one computation serves both. */
        static boolean samePlane(MapRequest a, MapRequest b) {
            if (!a.plane.equals(b.plane)) {
                return false;
            }
            for (Parameter parameter : Parameter.values()) {
                if (!a.plane.contains(parameter)
                        && Double.compare(a.through.get(parameter), b.through.get(parameter)) != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
