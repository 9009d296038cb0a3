package org.losslandscape.view.app;

import io.reactivex.rxjava3.core.Observable;
import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.view.slices.SlicesView;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.GridState;

import java.util.EnumMap;
import java.util.Map;

/**
 * The four parameter sliders in a row, in axis order, each a quarter of the width so they
 * line up with the charts above. The sliders snap to grid values while there is a grid and
 * turn continuous when the slices are computed on demand. FX thread only.
 */
final class ParameterControls extends GridPane {

    private final ExplorerViewModel viewModel;
    private final Map<Parameter, ParameterSlider> sliders = new EnumMap<>(Parameter.class);
    private ParameterPoint lastPoint;

    ParameterControls(ExplorerViewModel viewModel, Messages messages, WindowViewContext context) {
        this.viewModel = viewModel;
        setId("parameter-controls");
        setHgap(12);
        setPadding(new Insets(2, 8, 2, 8));
        for (Parameter parameter : Parameter.values()) {
            addSlider(parameter, messages);
        }
        Observable<Boolean> onDemand = viewModel.gridState()
                .map(GridState.OnDemand.class::isInstance).distinctUntilChanged();
        context.bind(viewModel.currentPoint(), this::follow);
        context.bind(Observable.combineLatest(viewModel.axesChanges(), onDemand, Mode::new), this::configure);
    }

    private void addSlider(Parameter parameter, Messages messages) {
        ParameterSlider slider = new ParameterSlider(parameter, viewModel.axes().axis(parameter),
                viewModel.axes().axis(parameter).value(viewModel.axes().centre().get(parameter)), messages,
                index -> viewModel.selectIndex(parameter, index),
                value -> viewModel.selectValue(parameter, value));
        sliders.put(parameter, slider);
        add(slider, parameter.ordinal(), 0);
        getColumnConstraints().add(SlicesView.parameterColumn());
    }

    private void configure(Mode mode) {
        for (Parameter parameter : Parameter.values()) {
            double value = lastPoint == null ? mode.axes().axis(parameter).start() : lastPoint.get(parameter);
            sliders.get(parameter).configure(mode.axes().axis(parameter), mode.onDemand(), value);
        }
    }

    private void follow(ParameterPoint point) {
        lastPoint = point;
        for (Parameter parameter : Parameter.values()) {
            sliders.get(parameter).follow(point.get(parameter));
        }
    }

    /** Returns the slider of {@code parameter}. */
    ParameterSlider slider(Parameter parameter) {
        return sliders.get(parameter);
    }

    /** The axes and whether the sliders run continuously over them. */
    private record Mode(GridAxes axes, boolean onDemand) {
    }
}
