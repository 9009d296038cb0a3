package org.losslandscape.view.slices;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import org.losslandscape.viewmodel.SliceSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of the loss along one parameter, with a red vertical line at the parameter's
 * current value.
 *
 * <p>Built for fast redraws: no animation, no symbol node per data point, and
 * {@link #show(SliceSeries)} updates the existing data items in place when the number of
 * points is unchanged. FX thread only.
 */
public final class SliceChart extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Line marker = new Line();
    private double markerValue = Double.NaN;

    /**
     * Creates an empty chart.
     *
     * @param title  the chart's title and x axis label, such as "w₀"
     * @param yLabel the y axis label
     */
    public SliceChart(String title, String yLabel) {
        super(new NumberAxis(), new NumberAxis());
        setTitle(title);
        getXAxis().setLabel(title);
        getYAxis().setLabel(yLabel);
        getXAxisNumber().setForceZeroInRange(false);
        getYAxisNumber().setForceZeroInRange(false);
        getXAxisNumber().setAnimated(false);
        getYAxisNumber().setAnimated(false);
        getYAxisNumber().setMinorTickVisible(false);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        marker.getStyleClass().add("slice-marker");
        marker.setManaged(false);
        marker.setVisible(false);
        getPlotChildren().add(marker);
        getData().add(series);
    }

    /** Plots {@code slice} and moves the marker to its current value. */
    public void show(SliceSeries slice) {
        ObservableList<Data<Number, Number>> data = series.getData();
        double[] x = slice.values();
        double[] y = slice.losses();
        if (data.size() == x.length) {
            for (int i = 0; i < x.length; i++) {
                Data<Number, Number> item = data.get(i);
                item.setXValue(x[i]);
                item.setYValue(y[i]);
            }
        } else {
            List<Data<Number, Number>> items = new ArrayList<>(x.length);
            for (int i = 0; i < x.length; i++) {
                items.add(new Data<>(x[i], y[i]));
            }
            fitXAxis(x[0], x[x.length - 1]);
            data.setAll(FXCollections.observableList(items));
        }
        markerValue = slice.markerValue();
        marker.setVisible(true);
        requestChartLayout();
    }

    /** Returns the marker's current parameter value, NaN before the first slice. */
    public double markerValue() {
        return markerValue;
    }

    /** Returns the marker line, for tests and styling. */
    public Line marker() {
        return marker;
    }

    /** Returns the plotted series. */
    public XYChart.Series<Number, Number> series() {
        return series;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (Double.isNaN(markerValue)) {
            return;
        }
        double x = getXAxisNumber().getDisplayPosition(markerValue);
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(0);
        marker.setEndY(getYAxisNumber().getHeight());
        marker.toFront();
    }

    private void fitXAxis(double min, double max) {
        NumberAxis axis = getXAxisNumber();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        double span = max - min;
        double tickUnit = span > 4 ? Math.ceil(span / 8) : Math.max(span / 4, 0.1);
        // Round the ends out to whole ticks so no label crowds the last one: −4 to 3.8 shows as −4 to 4.
        axis.setLowerBound(Math.floor(min / tickUnit) * tickUnit);
        axis.setUpperBound(span > 0 ? Math.ceil(max / tickUnit) * tickUnit : min + tickUnit);
        axis.setTickUnit(tickUnit);
    }

    private NumberAxis getXAxisNumber() {
        return (NumberAxis) getXAxis();
    }

    private NumberAxis getYAxisNumber() {
        return (NumberAxis) getYAxis();
    }
}
