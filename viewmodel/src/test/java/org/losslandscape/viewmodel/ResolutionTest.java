package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.Schedulers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionTest {

    private static final double EXACT = 0.0;
    /**
     * 500 kB: the 10⁴ grid, which stores all its 10,000 losses (80 kB), fits. The 20⁴ grid,
     * which stores 117,200 of its 160,000 losses (937.6 kB), does not.
     */
    private static final GridMemoryBudget SMALL_BUDGET = new GridMemoryBudget(500_000);

    private ExplorerViewModel viewModel;

    @BeforeEach
    void createViewModel() {
        viewModel = new ExplorerViewModel(TinyNetwork.lecture(), GridAxes.LECTURE, Schedulers.trampoline(),
                new GridMemoryBudget(100_000_000));
        viewModel.computeGrid();
    }

    @AfterEach
    void closeViewModel() {
        viewModel.close();
    }

    @Test
    void resampledLectureAxisIsUnchanged() {
        assertEquals(ParameterAxis.LECTURE, ExplorerViewModel.resampled(ParameterAxis.LECTURE, 40));
    }

    @Test
    void resampledAxisKeepsRangeAndStart() {
        ParameterAxis fine = ExplorerViewModel.resampled(ParameterAxis.LECTURE, 2001);

        assertEquals(-4.0, fine.start(), EXACT);
        assertEquals(2001, fine.size());
        assertEquals(8.0 / 2001, fine.step(), 1e-18);
        assertEquals(4.0 - 8.0 / 2001, fine.last(), 1e-12);
    }

    @Test
    void resolutionOverBudgetSwitchesToOnDemand() {
        TestObserver<GridState> states = viewModel.gridState().test();
        TestObserver<SliceSeries> slice = viewModel.slice(Parameter.W1).test();

        viewModel.selectResolution(1000);

        GridState.OnDemand onDemand = assertInstanceOf(GridState.OnDemand.class, last(states));
        assertEquals(1000L * 1000 * 1000 * 1000, onDemand.reason().points());
        assertEquals(1000, last(slice).size());
        assertEquals(1000, viewModel.axes().b0().size());
    }

    @Test
    void onDemandLossIsExactAtContinuousPoint() {
        viewModel.selectResolution(2001);
        TestObserver<Double> loss = viewModel.currentLoss().test();
        TestObserver<SliceSeries> b1 = viewModel.slice(Parameter.B1).test();

        viewModel.selectValue(Parameter.W0, 0.123456);
        viewModel.selectValue(Parameter.B1, -1.5);

        ParameterPoint expected = new ParameterPoint(0.123456, 0, 0, -1.5);
        assertEquals(TinyNetwork.lecture().loss(expected), last(loss), EXACT);
        assertEquals(-1.5, last(b1).markerValue(), EXACT);
        assertEquals(2001, last(b1).size());
    }

    @Test
    void gridResolutionWithinBudgetComputesGrid() {
        ExplorerViewModel small = new ExplorerViewModel(TinyNetwork.lecture(), GridAxes.LECTURE,
                Schedulers.trampoline(), SMALL_BUDGET);
        TestObserver<GridState> states = small.gridState().test();

        small.selectResolution(10);

        GridState.Ready ready = assertInstanceOf(GridState.Ready.class, last(states));
        assertEquals(10, ready.grid().axes().w0().size());
        small.selectResolution(20);
        GridState.OnDemand onDemand = assertInstanceOf(GridState.OnDemand.class, last(states));
        assertEquals(117_200L * 8, onDemand.reason().neededBytes());
        small.close();
    }

    @Test
    void returningToGridSnapsPointToGridValues() {
        viewModel.selectResolution(2001);
        viewModel.selectValue(Parameter.W1, 1.234);
        TestObserver<ParameterPoint> point = viewModel.currentPoint().test();
        TestObserver<GridState> states = viewModel.gridState().test();

        viewModel.selectResolution(40);

        assertEquals(1.2, last(point).w1(), 1e-15);
        GridState.Ready ready = assertInstanceOf(GridState.Ready.class, last(states));
        assertEquals(GridAxes.LECTURE, ready.grid().axes());
    }

    @Test
    void staleGridIsNotUsedForNewAxes() {
        TestObserver<SliceSeries> slice = viewModel.slice(Parameter.W0).test();

        viewModel.selectResolution(200);

        SliceSeries latest = last(slice);
        assertEquals(200, latest.size());
        for (int i = 0; i < latest.size(); i++) {
            double w0 = latest.values()[i];
            assertEquals(TinyNetwork.lecture().loss(w0, 0, 0, 0), latest.losses()[i], EXACT, "loss " + i);
        }
    }

    @Test
    void invalidResolutionIsRejectedWithValue() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> viewModel.selectResolution(1));
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> viewModel.selectResolution(ExplorerViewModel.MAX_RESOLUTION + 1));

        assertTrue(low.getMessage().contains("resolution 1"), low.getMessage());
        assertTrue(high.getMessage().contains("10002"), high.getMessage());
    }

    @Test
    void nonFiniteValueIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> viewModel.selectValue(Parameter.B0, Double.POSITIVE_INFINITY));

        assertTrue(error.getMessage().contains("b0 value Infinity"), error.getMessage());
    }

    @Test
    void offeredResolutionsStartAtLectureGrid() {
        assertEquals(List.of(40, 100, 200, 1000, 2001), ExplorerViewModel.RESOLUTIONS);
    }

    private static <T> T last(TestObserver<T> observer) {
        List<T> values = observer.values();
        assertTrue(!values.isEmpty(), "no value emitted");
        return values.get(values.size() - 1);
    }
}
