package org.losslandscape.view.cli;

import io.reactivex.rxjava3.disposables.CompositeDisposable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridBuffers;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.slice.SliceComputer;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * One case of {@code loss-explorer bench}: the name and size printed on its output line, the
 * number of warm-up and measured calls, and how to set up the work to time.
 *
 * @param name     the case's name in the output, such as {@code "grid"}
 * @param size     values per grid axis, or points per slice
 * @param warmups  untimed calls before the measurement
 * @param samples  timed calls
 * @param workload sets up the work for {@code size} within a grid memory budget
 */
record BenchCase(String name, int size, int warmups, int samples,
                 Function<GridMemoryBudget, Workload> workload) {

    /** Name of the whole-grid case. */
    static final String GRID = "grid";
    /** Name of the four on-demand slices. */
    static final String SLICES = "slices";
    /** Name of the path from a selection change in the view-model to the four slices emitted. */
    static final String SELECTION = "selection_to_slices";

    private static final TinyNetwork NETWORK = TinyNetwork.lecture();
    /** Start of the off-grid path that the 2,001-point cases move along. */
    private static final ParameterPoint OFF_GRID = new ParameterPoint(0.1234, -1.75, 2.5, 0.35);

    /** Work whose single call is timed. Closing it releases what its setup allocated. */
    interface Workload extends AutoCloseable {
        /** Runs the timed work once. The {@code iteration} counts up from 0 across warm-up and timed calls. */
        void run(int iteration);

        @Override
        default void close() {
        }
    }

    /** Returns the cases in the order they run, with the sample counts of a full run. */
    static List<BenchCase> standard() {
        return List.of(
                new BenchCase(GRID, 20, 200, 1000, budget -> grid(20, budget)),
                new BenchCase(GRID, 40, 30, 300, budget -> grid(40, budget)),
                new BenchCase(GRID, 100, 3, 20, budget -> grid(100, budget)),
                new BenchCase(SLICES, 40, 2000, 2000, budget -> slices(40)),
                new BenchCase(SLICES, 2001, 500, 1000, budget -> slices(2001)),
                new BenchCase(SELECTION, 40, 2000, 2000, budget -> selectionOnLectureGrid()),
                new BenchCase(SELECTION, 2001, 500, 1000, budget -> selectionOffGrid(2001)));
    }

    /** Returns this case with {@code samples} timed calls and at most as many warm-up calls. */
    BenchCase withSamples(int count) {
        return new BenchCase(name, size, Math.min(warmups, count), count, workload);
    }

    /** Returns this case with a fifth of its calls, at least one warm-up and five samples. */
    BenchCase quick() {
        return new BenchCase(name, size, Math.max(1, warmups / 5), Math.max(5, samples / 5), workload);
    }

    /** Returns the grid axes of {@code size} values from −4 in steps of 8/size, the lecture's for 40. */
    static GridAxes lectureRange(int size) {
        return GridAxes.uniform(new ParameterAxis(-4.0, 8.0 / size, size));
    }

    /**
     * Computes the whole grid into reused buffers, as the app does when it recomputes.
     *
     * @throws org.losslandscape.model.grid.GridTooLargeException if the grid exceeds {@code budget}
     */
    private static Workload grid(int size, GridMemoryBudget budget) {
        GridAxes axes = lectureRange(size);
        LossGridComputer.checkFits(NETWORK, axes, budget);
        GridBuffers buffers = new GridBuffers(budget);
        return iteration -> LossGridComputer.compute(NETWORK, axes, fraction -> { }, () -> false, buffers);
    }

    /** Computes the four slices through a point off the grid into reused arrays. */
    private static Workload slices(int points) {
        GridAxes axes = GridAxes.uniform(ParameterAxis.spanning(-4, 3.8, points));
        double[][] out = new double[Parameter.COUNT][points];
        return iteration -> SliceComputer.slices(NETWORK, offGridPoint(iteration), axes, out);
    }

    /**
     * Moves w0 to another grid value of the lecture's view-model once its grid is ready, so the
     * four slices come from the grid, as when the user drags a slider.
     */
    private static Workload selectionOnLectureGrid() {
        ExplorerViewModel viewModel = ExplorerViewModel.lecture(Schedulers.trampoline());
        viewModel.computeGrid();
        int size = viewModel.axes().w0().size();
        // A step of 7 indices never repeats the previous index, so every call changes the point.
        return new SelectionWorkload(viewModel, iteration -> viewModel.selectIndex(Parameter.W0, (iteration * 7 + 3) % size));
    }

    /**
     * Moves w0 between off-grid values of a view-model with {@code points} values per axis. For
     * 2,001 points its grid exceeds any memory budget, so {@code computeGrid} switches to the
     * on-demand mode and every slice comes from the formula, as in the app.
     */
    private static Workload selectionOffGrid(int points) {
        ExplorerViewModel viewModel = new ExplorerViewModel(NETWORK,
                GridAxes.uniform(ParameterAxis.spanning(-4, 3.8, points)), Schedulers.trampoline());
        viewModel.computeGrid();
        return new SelectionWorkload(viewModel, iteration -> viewModel.selectPoint(offGridPoint(iteration)));
    }

    /** Returns the off-grid point for {@code iteration}: w0 steps by 0.7 within [−3.9, 3.8], never repeating the previous value. */
    private static ParameterPoint offGridPoint(int iteration) {
        return OFF_GRID.with(Parameter.W0, -3.9 + (iteration * 7 % 78) * 0.1 + 0.00123);
    }

    /**
     * Times one input call of a view-model whose four slice outputs have subscribers. The
     * view-model emits on the calling thread, so the call returns after every subscriber has
     * received its slice.
     */
    private static final class SelectionWorkload implements Workload {
        private final ExplorerViewModel viewModel;
        private final IntConsumer select;
        private final CompositeDisposable subscriptions = new CompositeDisposable();
        private final AtomicInteger received = new AtomicInteger();

        SelectionWorkload(ExplorerViewModel viewModel, IntConsumer select) {
            this.viewModel = viewModel;
            this.select = select;
            for (Parameter parameter : Parameter.values()) {
                subscriptions.add(viewModel.slice(parameter).subscribe(slice -> received.incrementAndGet()));
            }
        }

        @Override
        public void run(int iteration) {
            int before = received.get();
            select.accept(iteration);
            int emitted = received.get() - before;
            if (emitted != Parameter.COUNT) {
                throw new IllegalStateException("Selection change " + iteration + " emitted " + emitted
                        + " slices: expected " + Parameter.COUNT);
            }
        }

        @Override
        public void close() {
            subscriptions.dispose();
            viewModel.close();
        }
    }
}
