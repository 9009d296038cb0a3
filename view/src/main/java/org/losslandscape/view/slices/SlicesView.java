package org.losslandscape.view.slices;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.losslandscape.model.Parameter;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.view.text.Messages;

import java.util.EnumMap;
import java.util.Map;

/**
 * The lecture's view: one chart per parameter in a row, the loss along that parameter through
 * the current point, with a red line at the parameter's current value.
 *
 * <p>FX thread only. Its subscriptions end with the window that owns {@code context}.
 */
public final class SlicesView extends GridPane {

    private final Map<Parameter, SliceChart> charts = new EnumMap<>(Parameter.class);

    /** Builds the four charts and binds them to the context's view-model. */
    public SlicesView(ViewContext context, Messages messages) {
        setId("slices-view");
        getStyleClass().add("slices-view");
        setHgap(12);
        setPadding(new Insets(4, 8, 0, 8));
        for (Parameter parameter : Parameter.values()) {
            SliceChart chart = new SliceChart(messages.symbol(parameter), messages.get("chart.yAxis"));
            chart.setId("chart-" + parameter.key());
            charts.put(parameter, chart);
            add(chart, parameter.ordinal(), 0);
            getColumnConstraints().add(equalColumn());
            context.bind(context.viewModel().slice(parameter), chart::show);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(row);
    }

    /** Returns a column taking a quarter of the width, so the charts line up with the sliders. */
    private static ColumnConstraints equalColumn() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(100.0 / Parameter.COUNT);
        constraints.setHgrow(Priority.ALWAYS);
        return constraints;
    }

    /** Returns the chart of {@code parameter}. */
    public SliceChart chart(Parameter parameter) {
        return charts.get(parameter);
    }
}
