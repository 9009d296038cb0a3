package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LossMapViewModelTest {

    private static final double EXACT = 0.0;
    private static final double LOSS_TOLERANCE = 1e-12;
    private static final int RESOLUTION = 60;

    private final TinyNetwork network = TinyNetwork.lecture();

    @Test
    void firstMapShowsOutputLayerThroughCentre() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);

        LossMap map = lastValue(maps.lossMap().test());

        assertEquals(Parameter.W1, map.xParameter());
        assertEquals(Parameter.B1, map.yParameter());
        assertEquals(RESOLUTION, map.width());
        assertEquals(RESOLUTION, map.height());
        assertEquals(-4.0, map.xValues()[0], EXACT);
        assertEquals(ParameterAxis.LECTURE.last(), map.yValues()[RESOLUTION - 1], LOSS_TOLERANCE);
        assertEquals(network.loss(0, 0, map.xValues()[7], map.yValues()[51]), map.loss(7, 51), LOSS_TOLERANCE);
    }

    @Test
    void mapWaitsForComputationScheduler() {
        TestScheduler scheduler = new TestScheduler();
        LossMapViewModel maps = new LossMapViewModel(ExplorerViewModel.lecture(scheduler), scheduler, RESOLUTION);
        TestObserver<LossMap> observer = maps.lossMap().test();

        observer.assertNoValues();
        scheduler.triggerActions();

        observer.assertValueCount(1);
    }

    @Test
    void movingWithinPlaneKeepsMap() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);
        TestObserver<LossMap> observer = maps.lossMap().test();

        explorer.selectIndex(Parameter.W1, 3);
        explorer.selectIndex(Parameter.B1, 31);

        observer.assertValueCount(1);
    }

    @Test
    void movingOtherParameterRecomputesMap() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);
        TestObserver<LossMap> observer = maps.lossMap().test();

        explorer.selectIndex(Parameter.B0, 35);

        observer.assertValueCount(2);
        LossMap map = lastValue(observer);
        double b0 = ParameterAxis.LECTURE.value(35);
        assertEquals(network.loss(0, b0, map.xValues()[12], map.yValues()[40]), map.loss(12, 40), LOSS_TOLERANCE);
    }

    @Test
    void fastMovesSkipSupersededMaps() {
        TestScheduler scheduler = new TestScheduler();
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, scheduler, RESOLUTION);
        TestObserver<LossMap> observer = maps.lossMap().test();

        for (int index = 0; index < 40; index++) {
            explorer.selectIndex(Parameter.W0, index);
        }
        scheduler.triggerActions();

        // The map requested first was already queued; of the 40 moves, only the last one is computed.
        observer.assertValueCount(2);
        LossMap map = lastValue(observer);
        double w0 = ParameterAxis.LECTURE.value(39);
        assertEquals(network.loss(w0, 0, map.xValues()[5], map.yValues()[9]), map.loss(5, 9), LOSS_TOLERANCE);
    }

    @Test
    void selectPairChangesMapAxes() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);
        TestObserver<LossMap> observer = maps.lossMap().test();
        TestObserver<ParameterPair> pairs = maps.pair().test();
        ParameterPair chosen = new ParameterPair(Parameter.W0, Parameter.B1);

        maps.selectPair(chosen);

        pairs.assertValues(ParameterPair.OUTPUT_LAYER, chosen);
        LossMap map = lastValue(observer);
        assertEquals(Parameter.W0, map.xParameter());
        assertEquals(Parameter.B1, map.yParameter());
        assertEquals(network.loss(map.xValues()[2], 0, 0, map.yValues()[3]), map.loss(2, 3), LOSS_TOLERANCE);
    }

    @Test
    void selectAtSnapsToNearestGridValues() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);
        explorer.selectPoint(new ParameterPoint(0.13, -0.7, 0, 0));

        maps.selectAt(ParameterPair.OUTPUT_LAYER, 1.13, -2.49);

        ParameterPoint point = lastValue(explorer.currentPoint().test());
        assertEquals(ParameterAxis.LECTURE.value(26), point.w1(), EXACT);
        assertEquals(ParameterAxis.LECTURE.value(8), point.b1(), EXACT);
        assertEquals(0.13, point.w0(), EXACT);
        assertEquals(-0.7, point.b0(), EXACT);
    }

    @Test
    void selectAtClampsToGridEnds() {
        ExplorerViewModel explorer = ExplorerViewModel.lecture(Schedulers.trampoline());
        LossMapViewModel maps = new LossMapViewModel(explorer, Schedulers.trampoline(), RESOLUTION);

        maps.selectAt(new ParameterPair(Parameter.W0, Parameter.B0), 12.0, -9.0);

        ParameterPoint point = lastValue(explorer.currentPoint().test());
        assertEquals(ParameterAxis.LECTURE.last(), point.w0(), EXACT);
        assertEquals(-4.0, point.b0(), EXACT);
    }

    @Test
    void lossAtMatchesNetwork() {
        LossMapViewModel maps = new LossMapViewModel(ExplorerViewModel.lecture(Schedulers.trampoline()),
                Schedulers.trampoline(), RESOLUTION);
        ParameterPoint at = new ParameterPoint(1.1, -0.3, 2.7, -3.9);

        double loss = maps.lossAt(at);

        assertEquals(network.loss(at), loss, EXACT);
    }

    private static <T> T lastValue(TestObserver<T> observer) {
        List<T> values = observer.values();
        return values.get(values.size() - 1);
    }
}
