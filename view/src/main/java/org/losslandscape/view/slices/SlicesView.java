package org.losslandscape.view.slices;

import io.reactivex.rxjava3.disposables.CompositeDisposable;
import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.losslandscape.model.Parameter;
import org.losslandscape.view.fx.FxSubscriptions;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The lecture's view: one chart per parameter in a row, each with its slider below it.
 *
 * <p>FX thread only. {@link #dispose()} ends the subscriptions to the view-model.
 */
public final class SlicesView extends GridPane {

    private final ExplorerViewModel viewModel;
    private final Messages messages;
    private final Map<Parameter, SliceChart> charts = new EnumMap<>(Parameter.class);
    private final Map<Parameter, ParameterSlider> sliders = new EnumMap<>(Parameter.class);
    private final CompositeDisposable subscriptions = new CompositeDisposable();

    /** Builds the four charts and sliders and binds them to {@code viewModel}. */
    public SlicesView(ExplorerViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("slices-view");
        getStyleClass().add("slices-view");
        setHgap(12);
        setVgap(4);
        setPadding(new Insets(4, 8, 4, 8));
        for (Parameter parameter : Parameter.values()) {
            addColumn(parameter);
        }
        addRowConstraints();
        bindSelection();
    }

    private void addColumn(Parameter parameter) {
        int column = parameter.ordinal();
        SliceChart chart = new SliceChart(messages.symbol(parameter), messages.get("chart.yAxis"));
        chart.setId("chart-" + parameter.key());
        ParameterSlider slider = new ParameterSlider(parameter, viewModel.axes().axis(parameter),
                viewModel.axes().centre().get(parameter), messages,
                index -> viewModel.selectIndex(parameter, index));
        charts.put(parameter, chart);
        sliders.put(parameter, slider);
        add(chart, column, 0);
        add(slider, column, 1);
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(100.0 / Parameter.COUNT);
        constraints.setHgrow(Priority.ALWAYS);
        getColumnConstraints().add(constraints);
        subscriptions.add(FxSubscriptions.latestOnFx(viewModel.slice(parameter), chart::show));
    }

    private void addRowConstraints() {
        RowConstraints chartRow = new RowConstraints();
        chartRow.setVgrow(Priority.ALWAYS);
        chartRow.setFillHeight(true);
        RowConstraints sliderRow = new RowConstraints();
        sliderRow.setVgrow(Priority.NEVER);
        getRowConstraints().addAll(chartRow, sliderRow);
    }

    private void bindSelection() {
        subscriptions.add(FxSubscriptions.latestOnFx(viewModel.selection(), index -> {
            for (Parameter parameter : Parameter.values()) {
                sliders.get(parameter).showIndex(index.get(parameter));
            }
        }));
    }

    /** Returns the chart of {@code parameter}. */
    public SliceChart chart(Parameter parameter) {
        return charts.get(parameter);
    }

    /** Returns the slider of {@code parameter}. */
    public ParameterSlider slider(Parameter parameter) {
        return sliders.get(parameter);
    }

    /** Ends this view's subscriptions to the view-model. */
    public void dispose() {
        subscriptions.dispose();
    }
}
