package org.losslandscape.view.slices;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.losslandscape.viewmodel.SliceSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of the loss along one parameter, with a red vertical line at the parameter's
 * current value.
 *
 * <p>Built for fast redraws: no animation, no symbol node per data point, and
 * {@link #show(SliceSeries)} updates the existing data items in place when the number of
 * points is unchanged. The curve is one {@link Polyline} drawn from the slice's arrays, not
 * the path that {@link LineChart} builds from the data items with one element per point and
 * per layout. The y axis range is set from the slice in steps of whole ticks, so a small move
 * keeps the tick labels and skips their layout. FX thread only.
 */
public final class SliceChart extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Line marker = new Line();
    private final Polyline curve = new Polyline();
    private double[] curveX = new double[0];
    private double[] curveY = new double[0];
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
        getYAxisNumber().setAutoRanging(false);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        marker.getStyleClass().add("slice-marker");
        marker.setManaged(false);
        marker.setVisible(false);
        // The same style classes as LineChart's own path of the first series, so CSS styles the curve alike.
        curve.getStyleClass().setAll("chart-series-line", "series0", "default-color0");
        curve.setManaged(false);
        getPlotChildren().addAll(curve, marker);
        getData().add(series);
        series.getNode().setVisible(false);
    }

    /** Plots {@code slice} and moves the marker to its current value. */
    public void show(SliceSeries slice) {
        ObservableList<Data<Number, Number>> data = series.getData();
        double[] x = slice.values();
        double[] y = slice.losses();
        if (data.size() == x.length) {
            for (int i = 0; i < x.length; i++) {
                Data<Number, Number> item = data.get(i);
                // Each set fires listeners even for an equal value, and x rarely changes.
                if (item.getXValue().doubleValue() != x[i]) {
                    item.setXValue(x[i]);
                }
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
        curveX = x;
        curveY = y;
        fitYAxis(y);
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

    /** Returns the series whose data items hold the slice. The curve, not the series' own path, draws it. */
    public XYChart.Series<Number, Number> series() {
        return series;
    }

    /** Returns the polyline that draws the slice, for tests and styling. */
    public Polyline curve() {
        return curve;
    }

    /**
     * Lays out the curve and the marker. LineChart's own layout of the series path is skipped
     * because that path is hidden and the curve replaces it.
     */
    @Override
    protected void layoutPlotChildren() {
        layoutCurve();
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

    /** Sets the curve's points in pixels, one per point of the slice. */
    private void layoutCurve() {
        NumberAxis xAxis = getXAxisNumber();
        NumberAxis yAxis = getYAxisNumber();
        Double[] points = new Double[2 * curveX.length];
        for (int i = 0; i < curveX.length; i++) {
            points[2 * i] = xAxis.getDisplayPosition(curveX[i]);
            points[2 * i + 1] = yAxis.getDisplayPosition(curveY[i]);
        }
        curve.getPoints().setAll(points);
    }

    /**
     * Sets the y axis to whole ticks around the finite losses in {@code losses}, about five
     * ticks, each 1, 2 or 5 times a power of ten. The axis is left alone when the range is
     * unchanged, so its tick labels stay laid out.
     */
    private void fitYAxis(double[] losses) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double loss : losses) {
            if (Double.isFinite(loss)) {
                min = Math.min(min, loss);
                max = Math.max(max, loss);
            }
        }
        if (min > max) {
            return;
        }
        double tickUnit = niceTickUnit(max > min ? max - min : Math.max(Math.abs(max), 1e-3));
        if (max == min) {
            // A flat slice gets a tick of room on each side, so its line runs through the middle.
            min -= tickUnit;
            max += tickUnit;
        }
        double lower = Math.floor(min / tickUnit) * tickUnit;
        double upper = Math.max(Math.ceil(max / tickUnit) * tickUnit, lower + tickUnit);
        NumberAxis axis = getYAxisNumber();
        if (axis.getLowerBound() != lower || axis.getUpperBound() != upper || axis.getTickUnit() != tickUnit) {
            axis.setLowerBound(lower);
            axis.setUpperBound(upper);
            axis.setTickUnit(tickUnit);
        }
    }

    /** Returns the tick unit of 1, 2 or 5 times a power of ten that splits {@code span} into about five ticks. */
    static double niceTickUnit(double span) {
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double factor;
        if (fraction <= 1) {
            factor = 1;
        } else if (fraction <= 2) {
            factor = 2;
        } else if (fraction <= 5) {
            factor = 5;
        } else {
            factor = 10;
        }
        return factor * magnitude;
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
