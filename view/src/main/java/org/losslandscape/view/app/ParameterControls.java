package org.losslandscape.view.app;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The four parameter sliders in a row, in axis order, each a quarter of the width so they
 * line up with the charts above. FX thread only.
 */
final class ParameterControls extends GridPane {

    private final Map<Parameter, ParameterSlider> sliders = new EnumMap<>(Parameter.class);

    ParameterControls(ExplorerViewModel viewModel, Messages messages, WindowViewContext context) {
        setId("parameter-controls");
        setHgap(12);
        setPadding(new Insets(2, 8, 2, 8));
        for (Parameter parameter : Parameter.values()) {
            ParameterSlider slider = new ParameterSlider(parameter, viewModel.axes().axis(parameter),
                    viewModel.axes().centre().get(parameter), messages,
                    index -> viewModel.selectIndex(parameter, index));
            sliders.put(parameter, slider);
            add(slider, parameter.ordinal(), 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / Parameter.COUNT);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        context.bind(viewModel.currentPoint(), point -> {
            GridIndex nearest = viewModel.nearestIndex(point);
            for (Parameter parameter : Parameter.values()) {
                sliders.get(parameter).follow(nearest.get(parameter), point.get(parameter));
            }
        });
    }

    /** Returns the slider of {@code parameter}. */
    ParameterSlider slider(Parameter parameter) {
        return sliders.get(parameter);
    }
}
