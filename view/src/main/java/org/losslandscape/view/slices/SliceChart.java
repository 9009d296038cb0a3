package org.losslandscape.view.slices;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import javafx.util.StringConverter;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.viewmodel.ProjectedPath;
import org.losslandscape.viewmodel.SliceSeries;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line chart of the loss along one parameter, with a red vertical line at the parameter's
 * current value, a tangent line there whose slope is the partial derivative, and training
 * paths projected onto the slice.
 *
 * <p>A path point θ is drawn at x = θ's value of this chart's parameter, y = L(θ), so the
 * newest point of the path that drives the current point sits on the marker. Each path is
 * two nodes, a polyline and its dots, whatever its length.
 *
 * <p>Built for fast redraws: no animation, no symbol node per data point, and
 * the data items are updated in place, when the number of points is unchanged, as they
 * are read through {@link #series()}. The curve is one {@link Polyline} drawn from the slice's arrays, not
 * the path that {@link LineChart} builds from the data items with one element per point and
 * per layout. The y axis range is set from the slice in steps of whole ticks, so a small move
 * keeps the tick labels and skips their layout. FX thread only.
 */
public final class SliceChart extends LineChart<Number, Number> {

    /** Half the tangent line's length, in pixels, so it looks the same at any slope and zoom. */
    private static final double TANGENT_HALF_LENGTH = 55;

    private final Parameter parameter;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final Line marker = new Line();
    private final Polyline curve = new Polyline();
    private double[] curveX = new double[0];
    private double[] curveY = new double[0];
    /** True when the data items lag behind the shown slice; {@link #series()} updates them. */
    private boolean itemsOutdated;
    private final Line tangent = new Line();
    private final Map<String, PathOverlay> overlays = new LinkedHashMap<>();
    private List<ProjectedPath> paths = List.of();
    private double markerValue = Double.NaN;
    private SliceSeries shownSlice;
    private double markerLoss = Double.NaN;
    private double tangentSlope = Double.NaN;
    private boolean tangentShown = true;
    /** True once a layout pass has laid out the plot with a size, so the axes' scales are set. */
    private boolean plotLaidOut;

    /**
     * Creates an empty chart.
     *
     * @param parameter the parameter along the x axis
     * @param title     the chart's title and x axis label, such as "w₀"
     * @param yLabel    the y axis label
     */
    public SliceChart(Parameter parameter, String title, String yLabel) {
        super(new NumberAxis(), new NumberAxis());
        this.parameter = parameter;
        setTitle(title);
        getXAxis().setLabel(title);
        getYAxis().setLabel(yLabel);
        getXAxisNumber().setForceZeroInRange(false);
        getYAxisNumber().setForceZeroInRange(false);
        getXAxisNumber().setAnimated(false);
        getYAxisNumber().setAnimated(false);
        getYAxisNumber().setMinorTickVisible(false);
        getYAxisNumber().setAutoRanging(false);
        getYAxisNumber().setTickLabelFormatter(new TickLabels(getYAxisNumber()));
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        marker.getStyleClass().add("slice-marker");
        marker.setManaged(false);
        marker.setVisible(false);
        // The same style classes as LineChart's own path of the first series, so CSS styles the curve alike.
        curve.getStyleClass().setAll("chart-series-line", "series0", "default-color0");
        curve.setManaged(false);
        tangent.getStyleClass().add("slice-tangent");
        tangent.setManaged(false);
        tangent.setVisible(false);
        getPlotChildren().addAll(curve, marker, tangent);
        getData().add(series);
        series.getNode().setVisible(false);
    }

    /** Plots {@code slice} and moves the marker to its current value. */
    public void show(SliceSeries slice) {
        double[] x = slice.values();
        double[] y = slice.losses();
        boolean rangeChanged = false;
        if (x.length != curveX.length || x[0] != curveX[0] || x[x.length - 1] != curveX[curveX.length - 1]) {
            rangeChanged = fitXAxis(x[0], x[x.length - 1]);
        }
        curveX = x;
        curveY = y;
        itemsOutdated = true;
        rangeChanged |= fitYAxis(y);
        shownSlice = slice;
        markerValue = slice.markerValue();
        markerLoss = slice.markerLoss();
        marker.setVisible(true);
        if (rangeChanged || !plotLaidOut) {
            requestChartLayout();
        } else {
            layoutPlotChildren();
        }
    }

    /** Sets the tangent's slope, the partial derivative ∂L/∂p at the current point. */
    public void showTangentSlope(double slope) {
        tangentSlope = slope;
        if (plotLaidOut && !Double.isNaN(markerValue)) {
            layoutTangent(getXAxisNumber().getDisplayPosition(markerValue));
        } else {
            requestChartLayout();
        }
    }

    /** Shows or hides the tangent line; it is shown at first. */
    public void setTangentShown(boolean shown) {
        tangentShown = shown;
        requestChartLayout();
    }

    /** Replaces the drawn paths with {@code projected}; an empty list removes them. */
    void showPaths(List<ProjectedPath> projected) {
        paths = List.copyOf(projected);
        List<String> ids = paths.stream().map(ProjectedPath::id).toList();
        overlays.keySet().removeIf(id -> {
            boolean stale = !ids.contains(id);
            if (stale) {
                getPlotChildren().removeAll(overlays.get(id).line(), overlays.get(id).dots());
            }
            return stale;
        });
        for (String id : ids) {
            overlays.computeIfAbsent(id, this::addOverlay);
        }
        requestChartLayout();
    }

    /** Adds the overlay's nodes below the marker, so that the marker and the tangent stay on top. */
    private PathOverlay addOverlay(String id) {
        PathOverlay overlay = new PathOverlay(id);
        getPlotChildren().addAll(getPlotChildren().indexOf(marker), List.of(overlay.line(), overlay.dots()));
        return overlay;
    }

    /** Returns the slice shown, or {@code null} before the first. */
    public SliceSeries shownSlice() {
        return shownSlice;
    }

    /** Returns the marker's current parameter value, NaN before the first slice. */
    public double markerValue() {
        return markerValue;
    }

    /** Returns the marker line, for tests and styling. */
    public Line marker() {
        return marker;
    }

    /** Returns the tangent line, for tests and styling. */
    public Line tangent() {
        return tangent;
    }

    /** Returns the polyline of the path with {@code id}, or {@code null} when no such path is drawn. */
    public Path pathLine(String id) {
        PathOverlay overlay = overlays.get(id);
        return overlay == null ? null : overlay.line();
    }

    /**
     * Returns the series whose data items hold the slice, brought up to date first. The curve,
     * not the series' own path, draws the slice, so the items are only synchronised when read:
     * setting thousands of item values on every slider move would cost more than the drawing.
     */
    public XYChart.Series<Number, Number> series() {
        if (itemsOutdated) {
            updateItems();
            itemsOutdated = false;
        }
        return series;
    }

    /** Writes the slice into the data items, in place when the number of points is unchanged. */
    private void updateItems() {
        ObservableList<Data<Number, Number>> data = series.getData();
        if (data.size() == curveX.length) {
            for (int i = 0; i < curveX.length; i++) {
                Data<Number, Number> item = data.get(i);
                // Each set fires listeners even for an equal value.
                if (item.getXValue().doubleValue() != curveX[i]) {
                    item.setXValue(curveX[i]);
                }
                if (item.getYValue().doubleValue() != curveY[i]) {
                    item.setYValue(curveY[i]);
                }
            }
        } else {
            List<Data<Number, Number>> items = new ArrayList<>(curveX.length);
            for (int i = 0; i < curveX.length; i++) {
                items.add(new Data<>(curveX[i], curveY[i]));
            }
            data.setAll(FXCollections.observableList(items));
        }
    }

    /** Returns the polyline that draws the slice, for tests and styling. */
    public Polyline curve() {
        return curve;
    }

    /**
     * Lays out the curve and the marker. LineChart's own layout of the series path is skipped
     * because that path is hidden and the curve replaces it.
     *
     * <p>The chart's layout pass calls this after it has laid out the axes. {@link #show} also
     * calls it directly when the axes keep their range, because the curve, the marker and the
     * tangent are not managed, so moving them needs no layout pass of the chart and its axes.
     * If a layout pass is pending, for a resize, it runs before the frame is drawn and repeats
     * this with the new axis scale.
     */
    @Override
    protected void layoutPlotChildren() {
        plotLaidOut = getWidth() > 0;
        layoutCurve();
        layoutPaths();
        if (Double.isNaN(markerValue)) {
            return;
        }
        double x = getXAxisNumber().getDisplayPosition(markerValue);
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(0);
        marker.setEndY(getYAxisNumber().getHeight());
        layoutTangent(x);
    }

    /** Places the tangent through the marker's point with a fixed length in pixels. */
    private void layoutTangent(double x) {
        boolean drawable = tangentShown && Double.isFinite(tangentSlope) && Double.isFinite(markerLoss);
        tangent.setVisible(drawable);
        if (!drawable) {
            return;
        }
        NumberAxis xAxis = getXAxisNumber();
        NumberAxis yAxis = getYAxisNumber();
        double y = yAxis.getDisplayPosition(markerLoss);
        // One unit along the x axis, and the slope's change of loss, in pixels.
        double dx = xAxis.getDisplayPosition(markerValue + 1) - x;
        double dy = tangentSlope * (yAxis.getDisplayPosition(markerLoss + 1) - y);
        double scale = TANGENT_HALF_LENGTH / Math.hypot(dx, dy);
        tangent.setStartX(x - dx * scale);
        tangent.setStartY(y - dy * scale);
        tangent.setEndX(x + dx * scale);
        tangent.setEndY(y + dy * scale);
    }

    /** Projects every path onto this slice in pixels. */
    private void layoutPaths() {
        // NOTE: the y axis fits the slice only, so path points with a higher or lower loss are clipped.
        NumberAxis xAxis = getXAxisNumber();
        NumberAxis yAxis = getYAxisNumber();
        for (ProjectedPath path : paths) {
            PathOverlay overlay = overlays.get(path.id());
            List<ParameterPoint> points = path.points();
            int count = points.size();
            double[] xs = overlay.xBuffer(count);
            double[] ys = overlay.yBuffer(count);
            for (int i = 0; i < count; i++) {
                xs[i] = xAxis.getDisplayPosition(points.get(i).get(parameter));
                ys[i] = yAxis.getDisplayPosition(path.losses()[i]);
            }
            overlay.draw(xs, ys, count);
        }
    }

    /**
     * Sets the curve's points in pixels. Where several points fall into one pixel column, only
     * the first, lowest, highest and last of them are kept, in their order: the drawn line is
     * the same to the pixel, and 2,001 points become about four per column.
     */
    private void layoutCurve() {
        int count = curveX.length;
        double[] xs = new double[count];
        double[] ys = new double[count];
        toDisplay(getXAxisNumber(), curveX, xs, count);
        toDisplay(getYAxisNumber(), curveY, ys, count);
        List<Double> points = new ArrayList<>(Math.min(2 * count, 8 * (int) (getWidth() + 2)));
        int first = 0;
        while (first < count) {
            int column = (int) Math.floor(xs[first]);
            int end = first + 1;
            int lowest = first;
            int highest = first;
            while (end < count && (int) Math.floor(xs[end]) == column) {
                lowest = ys[end] > ys[lowest] ? end : lowest;
                highest = ys[end] < ys[highest] ? end : highest;
                end++;
            }
            addColumn(points, xs, ys, first, Math.min(lowest, highest), Math.max(lowest, highest), end - 1);
            first = end;
        }
        curve.getPoints().setAll(points);
    }

    /**
     * Writes the display position of {@code values[i]} on {@code axis} into {@code out[i]} for i
     * below {@code count}. {@link NumberAxis#getDisplayPosition} takes a boxed value and reads two
     * properties per call, 16,000 boxed values per move for four slices of 2,001 points. This
     * reads the axis once and applies the axis's own formula, offset + (value − lower) · scale,
     * in its order of operations. Once the axis is laid out its current lower bound is
     * {@code getLowerBound()}, as it does not range itself, so the positions have the same bits
     * as {@code getDisplayPosition}'s.
     */
    private static void toDisplay(NumberAxis axis, double[] values, double[] out, int count) {
        double lower = axis.getLowerBound();
        // At the lower bound, (value − lower) · scale is zero, so this is the axis's offset.
        double offset = axis.getDisplayPosition(lower);
        double scale = axis.getScale();
        for (int i = 0; i < count; i++) {
            out[i] = offset + (values[i] - lower) * scale;
        }
    }

    /** Adds the points at indices {@code a <= b <= c <= d}, each once. */
    private static void addColumn(List<Double> points, double[] xs, double[] ys, int a, int b, int c, int d) {
        int previous = -1;
        for (int index : new int[] {a, b, c, d}) {
            if (index != previous) {
                points.add(xs[index]);
                points.add(ys[index]);
                previous = index;
            }
        }
    }

    /**
     * Sets the y axis to whole ticks around the finite losses in {@code losses}, about five
     * ticks, each 1, 2 or 5 times a power of ten. The axis keeps its range while the losses fit
     * in it and their own whole-tick range is at least half as tall. So dragging a slider does
     * not make the axis jump on every move, and its tick labels stay laid out.
     *
     * @return true when the axis's range or tick unit changed
     */
    private boolean fitYAxis(double[] losses) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double loss : losses) {
            if (Double.isFinite(loss)) {
                min = Math.min(min, loss);
                max = Math.max(max, loss);
            }
        }
        if (min > max) {
            return false;
        }
        double tickUnit = niceTickUnit(max > min ? max - min : Math.max(Math.abs(max), 1e-3));
        double fittedMin = min;
        double fittedMax = max;
        if (max == min) {
            // A flat slice gets a tick of room on each side, so its line runs through the middle.
            fittedMin -= tickUnit;
            fittedMax += tickUnit;
        }
        double lower = Math.floor(fittedMin / tickUnit) * tickUnit;
        double upper = Math.max(Math.ceil(fittedMax / tickUnit) * tickUnit, lower + tickUnit);
        NumberAxis axis = getYAxisNumber();
        double shownLower = axis.getLowerBound();
        double shownUpper = axis.getUpperBound();
        boolean fitsShown = shownLower < shownUpper && shownLower <= fittedMin && fittedMax <= shownUpper;
        if (fitsShown && 2 * (upper - lower) >= shownUpper - shownLower) {
            return false;
        }
        if (shownLower == lower && shownUpper == upper && axis.getTickUnit() == tickUnit) {
            return false;
        }
        // NOTE: the top tick lies on the axis's end, and at some chart heights JavaFX hides its label.
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(tickUnit);
        return true;
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

    /** Sets the x axis to whole ticks around [min, max], and returns true when its range or tick unit changed. */
    private boolean fitXAxis(double min, double max) {
        NumberAxis axis = getXAxisNumber();
        double oldLower = axis.getLowerBound();
        double oldUpper = axis.getUpperBound();
        double oldTickUnit = axis.getTickUnit();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        double span = max - min;
        // About four labelled intervals: a narrow chart beside the training panel stays legible.
        double tickUnit = span > 4 ? Math.ceil(span / 4) : Math.max(span / 4, 0.1);
        // Round the ends out to whole ticks so no label crowds the last one: −4 to 3.8 shows as −4 to 4.
        axis.setLowerBound(Math.floor(min / tickUnit) * tickUnit);
        axis.setUpperBound(span > 0 ? Math.ceil(max / tickUnit) * tickUnit : min + tickUnit);
        axis.setTickUnit(tickUnit);
        return axis.getLowerBound() != oldLower || axis.getUpperBound() != oldUpper || axis.getTickUnit() != oldTickUnit;
    }

    private NumberAxis getXAxisNumber() {
        return (NumberAxis) getXAxis();
    }

    private NumberAxis getYAxisNumber() {
        return (NumberAxis) getYAxis();
    }

    /**
     * Formats the y axis's tick labels with as many decimals as its tick unit needs, so that the
     * ticks of a slice with small losses, such as 0.0003 to 0.0007, read as different numbers.
     * NumberAxis picks its format only when it ranges itself, which this chart's y axis never
     * does. Units below 10⁻⁶ are written with an exponent.
     */
    static final class TickLabels extends StringConverter<Number> {

        private static final int MAX_FIXED_DECIMALS = 6;

        private final NumberAxis axis;

        TickLabels(NumberAxis axis) {
            this.axis = axis;
        }

        @Override
        public String toString(Number value) {
            double unit = axis.getTickUnit();
            double tick = value.doubleValue();
            // A tick at zero may come out of the axis as a tiny negative number: show it as 0, not -0.
            if (Math.abs(tick) < unit * 1e-6) {
                tick = 0;
            }
            Locale locale = Locale.getDefault(Locale.Category.FORMAT);
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(unit) - 1e-9));
            if (decimals <= MAX_FIXED_DECIMALS || tick == 0) {
                return String.format(locale, "%." + Math.min(decimals, MAX_FIXED_DECIMALS) + "f", tick);
            }
            double magnitude = Math.max(Math.abs(axis.getLowerBound()), Math.abs(axis.getUpperBound()));
            int exponent = (int) Math.floor(Math.log10(magnitude));
            return String.format(locale, "%." + Math.max(1, decimals + exponent) + "e", tick);
        }

        /** Parses a label in the default format locale; the axis itself never calls this. */
        @Override
        public Number fromString(String text) {
            try {
                return NumberFormat.getInstance(Locale.getDefault(Locale.Category.FORMAT)).parse(text.strip());
            } catch (ParseException e) {
                throw new IllegalArgumentException("Invalid tick label '" + text + "': expected a number", e);
            }
        }
    }
}
