package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorerViewModelTest {

    private static final double EXACT = 0.0;

    private TestScheduler scheduler;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void createViewModel() {
        scheduler = new TestScheduler();
        viewModel = ExplorerViewModel.lecture(scheduler);
    }

    @AfterEach
    void closeViewModel() {
        viewModel.close();
    }

    @Test
    void gridStateIsComputingUntilSchedulerRuns() {
        TestObserver<GridState> states = viewModel.gridState().test();

        viewModel.computeGrid();

        assertEquals(new GridState.Computing(0), lastValue(states));
        scheduler.triggerActions();
        assertInstanceOf(GridState.Ready.class, lastValue(states));
    }

    @Test
    void slicesComeFromFormulaBeforeGrid() {
        TestObserver<SliceSeries> slice = viewModel.slice(Parameter.W1).test();

        viewModel.computeGrid();

        SliceSeries first = lastValue(slice);
        for (int i = 0; i < first.size(); i++) {
            double expected = TinyNetwork.lecture().loss(0, 0, ParameterAxis.LECTURE.value(i), 0);
            assertEquals(expected, first.losses()[i], 1e-15, "loss " + i);
        }
        scheduler.triggerActions();
        slice.assertValueCount(2);
        assertArrayEquals(first.losses(), lastValue(slice).losses(), 1e-14);
    }

    @Test
    void offGridPointUsesExactFormula() {
        computeNow();
        TestObserver<SliceSeries> b0 = viewModel.slice(Parameter.B0).test();
        TestObserver<Double> loss = viewModel.currentLoss().test();
        ParameterPoint between = new ParameterPoint(0.1, 0.25, 0.5, 0.35);

        viewModel.selectPoint(between);

        SliceSeries slice = lastValue(b0);
        assertEquals(0.25, slice.markerValue(), EXACT);
        assertArrayEquals(ParameterAxis.LECTURE.values(), slice.values(), EXACT);
        for (int i = 0; i < slice.size(); i++) {
            assertEquals(TinyNetwork.lecture().loss(between.with(Parameter.B0, slice.values()[i])),
                    slice.losses()[i], EXACT, "loss " + i);
        }
        // The lecture's start point: (1 − σ(0.5·σ(0.28) + 0.35))² = 0.1200130786.
        assertEquals(0.1200130786, lastValue(loss), 1e-10);
        assertEquals(lastValue(loss), slice.markerLoss(), EXACT);
    }

    @Test
    void selectionIsNearestGridIndex() {
        TestObserver<GridIndex> selection = viewModel.selection().test();

        viewModel.selectPoint(new ParameterPoint(0.1, 0.25, 0.5, 0.35));

        assertEquals(new GridIndex(20, 21, 22, 22), lastValue(selection));
    }

    @Test
    void nonFinitePointIsRejectedAndIgnored() {
        TestObserver<ParameterPoint> point = viewModel.currentPoint().test();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> viewModel.selectPoint(new ParameterPoint(0, Double.NaN, 0, 0)));

        assertTrue(error.getMessage().contains("NaN"), error.getMessage());
        point.assertValueCount(1);
    }

    @Test
    void pathsReplayLatestList() {
        PathSeries path = new PathSeries("gd", "Gradient descent", List.of(ParameterPoint.LECTURE_START));

        viewModel.showPaths(List.of(path));

        assertEquals(List.of(path), lastValue(viewModel.paths().test()));
    }

    @Test
    void currentLossAtCentreIsQuarter() {
        TestObserver<Double> loss = viewModel.currentLoss().test();

        computeNow();

        assertEquals(0.25, lastValue(loss), 1e-12);
    }

    @Test
    void currentPointIsKnownBeforeGrid() {
        TestObserver<ParameterPoint> point = viewModel.currentPoint().test();

        viewModel.selectIndex(Parameter.B1, 0);

        assertEquals(new ParameterPoint(0, 0, 0, -4), lastValue(point));
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void sliceFollowsSelectedIndex(Parameter parameter) {
        LossGrid grid = computeNow();
        TestObserver<SliceSeries> slice = viewModel.slice(parameter).test();

        viewModel.selectIndex(Parameter.W0, 3);
        viewModel.selectIndex(Parameter.B0, 11);
        viewModel.selectIndex(Parameter.W1, 27);
        viewModel.selectIndex(Parameter.B1, 39);

        GridIndex expected = new GridIndex(3, 11, 27, 39);
        SliceSeries last = lastValue(slice);
        assertEquals(parameter, last.parameter());
        assertArrayEquals(grid.slice(parameter, expected), last.losses(), EXACT);
        assertArrayEquals(ParameterAxis.LECTURE.values(), last.values(), EXACT);
        assertEquals(ParameterAxis.LECTURE.value(expected.get(parameter)), last.markerValue(), EXACT);
        assertEquals(grid.loss(expected), last.markerLoss(), EXACT);
    }

    @Test
    void markerMovesWithOwnAxisOnly() {
        computeNow();
        TestObserver<SliceSeries> w0 = viewModel.slice(Parameter.W0).test();
        TestObserver<SliceSeries> b1 = viewModel.slice(Parameter.B1).test();

        viewModel.selectIndex(Parameter.W0, 5);

        assertEquals(-3.0, lastValue(w0).markerValue(), 1e-15);
        assertEquals(0.0, lastValue(b1).markerValue(), 1e-15);
    }

    @Test
    void lossMatchesHandComputedValueAtSelection() {
        computeNow();
        TestObserver<Double> loss = viewModel.currentLoss().test();

        viewModel.selectIndex(Parameter.W1, 25);
        viewModel.selectIndex(Parameter.B1, 15);

        // w1 = 1.0, b1 = −1.0, h = σ(0) = 0.5: ŷ = σ(−0.5) = 0.3775407, L = (1 − ŷ)² = 0.3874556.
        assertEquals(0.3874556, lastValue(loss), 1e-7);
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 17L, 99L})
    void burstOfChangesEndsInStateOfLastOne(long seed) {
        LossGrid grid = computeNow();
        TestObserver<SliceSeries> slice = viewModel.slice(Parameter.B0).test();
        TestObserver<Double> loss = viewModel.currentLoss().test();
        Random random = new Random(seed);

        for (int i = 0; i < 500; i++) {
            viewModel.selectIndex(Parameter.values()[random.nextInt(4)], random.nextInt(40));
        }
        viewModel.selectIndex(Parameter.W0, 7);

        GridIndex last = lastValue(viewModel.selection().test());
        assertEquals(7, last.w0());
        assertArrayEquals(grid.slice(Parameter.B0, last), lastValue(slice).losses(), EXACT);
        assertEquals(grid.loss(last), lastValue(loss), EXACT);
    }

    @Test
    void repeatedIndexEmitsNothingNew() {
        computeNow();
        TestObserver<SliceSeries> slice = viewModel.slice(Parameter.W1).test();

        viewModel.selectIndex(Parameter.W1, 20);

        slice.assertValueCount(1);
    }

    @Test
    void indexOutsideAxisIsRejectedWithValue() {
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> viewModel.selectIndex(Parameter.B0, 40));
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> viewModel.selectIndex(Parameter.W1, -1));

        assertTrue(high.getMessage().contains("b0 index 40"), high.getMessage());
        assertTrue(low.getMessage().contains("w1 index -1"), low.getMessage());
    }

    @Test
    void supersededComputationNeverDelivers() {
        TestObserver<GridState> states = viewModel.gridState().test();

        viewModel.computeGrid();
        viewModel.computeGrid();
        scheduler.triggerActions();

        long ready = states.values().stream().filter(GridState.Ready.class::isInstance).count();
        assertEquals(1, ready);
    }

    @Test
    void closedViewModelNeverDelivers() {
        TestObserver<GridState> states = viewModel.gridState().test();

        viewModel.computeGrid();
        viewModel.close();
        scheduler.triggerActions();

        states.assertValues(new GridState.Computing(0), new GridState.Computing(0));
    }

    @Test
    void closeDuringComputationRaisesNoUndeliverableError() throws InterruptedException {
        List<Throwable> undeliverable = new CopyOnWriteArrayList<>();
        RxJavaPlugins.setErrorHandler(undeliverable::add);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            ExplorerViewModel closing = ExplorerViewModel.lecture(Schedulers.from(worker));
            // Closes from the worker's first progress report, so the computation is cancelled midway.
            closing.gridState()
                    .filter(state -> state instanceof GridState.Computing computing && computing.fraction() > 0)
                    .take(1)
                    .subscribe(state -> closing.close());

            closing.computeGrid();

            worker.shutdown();
            assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS), "computation did not stop");
            assertEquals(List.of(), undeliverable);
        } finally {
            RxJavaPlugins.reset();
            worker.shutdownNow();
        }
    }

    @Test
    void oversizeGridSwitchesToOnDemand() {
        ParameterAxis huge = new ParameterAxis(0, 1, 300);
        ExplorerViewModel oversize = new ExplorerViewModel(TinyNetwork.lecture(), GridAxes.uniform(huge),
                Schedulers.trampoline());
        TestObserver<GridState> states = oversize.gridState().test();
        TestObserver<Double> loss = oversize.currentLoss().test();

        oversize.computeGrid();

        GridState.OnDemand onDemand = assertInstanceOf(GridState.OnDemand.class, lastValue(states));
        assertEquals(8_100_000_000L, onDemand.reason().points());
        assertEquals(TinyNetwork.lecture().loss(150, 150, 150, 150), lastValue(loss), EXACT);
        oversize.close();
    }

    @Test
    void progressRisesFromZeroToReady() {
        ExplorerViewModel direct = ExplorerViewModel.lecture(Schedulers.trampoline());
        TestObserver<GridState> states = direct.gridState().test();

        direct.computeGrid();

        List<GridState> values = states.values();
        double previous = -1;
        for (GridState state : values.subList(1, values.size() - 1)) {
            double fraction = assertInstanceOf(GridState.Computing.class, state).fraction();
            assertTrue(fraction >= previous, "fraction " + fraction + " after " + previous);
            assertTrue(fraction < 1, "fraction " + fraction + " before ready");
            previous = fraction;
        }
        assertTrue(values.size() > 3, "expected progress reports, got " + values);
        assertInstanceOf(GridState.Ready.class, values.get(values.size() - 1));
        direct.close();
    }

    private LossGrid computeNow() {
        TestObserver<GridState> states = viewModel.gridState().test();
        viewModel.computeGrid();
        scheduler.triggerActions();
        return assertInstanceOf(GridState.Ready.class, lastValue(states)).grid();
    }

    private static <T> T lastValue(TestObserver<T> observer) {
        List<T> values = observer.values();
        assertTrue(!values.isEmpty(), "no value emitted");
        return values.get(values.size() - 1);
    }
}
