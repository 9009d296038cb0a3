package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.Gradient;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CurrentGradientTest {

    @Test
    void gradientFollowsCurrentPoint() {
        ExplorerViewModel viewModel = ExplorerViewModel.lecture(new TestScheduler());
        TestObserver<Gradient> gradient = viewModel.currentGradient().test();

        viewModel.selectPoint(ParameterPoint.LECTURE_START);

        gradient.assertValueCount(2);
        assertEquals(TinyNetwork.lecture().gradient(new ParameterPoint(0, 0, 0, 0)), gradient.values().get(0));
        assertEquals(TinyNetwork.lecture().gradient(ParameterPoint.LECTURE_START), gradient.values().get(1));
    }

    @Test
    void tangentsAreShownUntilHidden() {
        ExplorerViewModel viewModel = ExplorerViewModel.lecture(new TestScheduler());
        TestObserver<Boolean> shown = viewModel.tangentsShown().test();

        viewModel.showTangents(false);
        viewModel.showTangents(false);

        shown.assertValues(true, false);
    }
}
