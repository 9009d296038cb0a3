package org.losslandscape.view.slices;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.losslandscape.model.Parameter;
import org.losslandscape.view.layout.LayoutBoundary;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The lecture's view: one chart per parameter in a row, the loss along that parameter through
 * the current point, with a red line at the parameter's current value, the tangent there and
 * the training paths.
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
            SliceChart chart = new SliceChart(parameter, messages.symbol(parameter), messages.get("chart.yAxis"));
            chart.setId("chart-" + parameter.key());
            charts.put(parameter, chart);
            add(new LayoutBoundary(chart), parameter.ordinal(), 0);
            getColumnConstraints().add(parameterColumn());
            context.bind(context.viewModel().slice(parameter), chart::show);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        getRowConstraints().add(row);
        bindOverlays(context);
    }

    /** Binds the tangents and the training paths; the paths' losses are computed before the FX thread. */
    private void bindOverlays(ViewContext context) {
        ExplorerViewModel viewModel = context.viewModel();
        context.bind(viewModel.currentGradient(), gradient -> charts.forEach(
                (parameter, chart) -> chart.showTangentSlope(gradient.get(parameter))));
        context.bind(viewModel.tangentsShown(), shown -> charts.values().forEach(
                chart -> chart.setTangentShown(shown)));
        context.bind(viewModel.projectedPaths(),
                projected -> charts.values().forEach(chart -> chart.showPaths(projected)));
    }

    /**
     * Returns a column taking a quarter of the width. The charts, the sliders and the gradient
     * read-out all use it, so their columns line up.
     */
    public static ColumnConstraints parameterColumn() {
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
