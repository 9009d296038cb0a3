package org.losslandscape.view.slices;

import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.slice.SliceComputer;
import org.losslandscape.viewmodel.SliceSeries;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shows 2,001-point slices in one chart, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class SliceChartTest {

    private static final long TIMEOUT_SECONDS = 10;
    private static final int POINTS = 2001;
    private static final ParameterAxis AXIS = ParameterAxis.spanning(-4, 3.8, POINTS);
    private static final double PIXEL_TOLERANCE = 1e-9;

    private SliceChart chart;

    @Start
    void start(Stage stage) {
        chart = new SliceChart(Parameter.W1, "w₁", "Error");
        stage.setScene(new Scene(chart, 400, 300));
        stage.show();
    }

    @Test
    void curveKeepsEachPixelColumnsExtremes() throws TimeoutException {
        SliceSeries slice = slice(new ParameterPoint(0.1234, -1.75, 2.5, 0.35));

        WaitForAsyncUtils.asyncFx(() -> chart.show(slice));

        waitForLayout(slice);
        List<Double> points = chart.curve().getPoints();
        NumberAxis xAxis = (NumberAxis) chart.getXAxis();
        NumberAxis yAxis = (NumberAxis) chart.getYAxis();
        Map<Integer, double[]> expected = new TreeMap<>();
        for (int i = 0; i < POINTS; i++) {
            double y = yAxis.getDisplayPosition(slice.losses()[i]);
            expected.merge((int) Math.floor(xAxis.getDisplayPosition(slice.values()[i])), new double[] {y, y},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Map<Integer, double[]> drawn = new TreeMap<>();
        for (int i = 0; i < points.size(); i += 2) {
            double y = points.get(i + 1);
            drawn.merge((int) Math.floor(points.get(i)), new double[] {y, y},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        assertTrue(points.size() < 2 * POINTS, "columns shared by several points are thinned");
        assertEquals(expected.keySet(), drawn.keySet());
        for (Map.Entry<Integer, double[]> column : expected.entrySet()) {
            assertEquals(column.getValue()[0], drawn.get(column.getKey())[0], 0.0, "top of column " + column.getKey());
            assertEquals(column.getValue()[1], drawn.get(column.getKey())[1], 0.0, "bottom of column " + column.getKey());
        }
        assertEquals(xAxis.getDisplayPosition(slice.values()[0]), points.get(0), PIXEL_TOLERANCE, "first point");
        assertEquals(yAxis.getDisplayPosition(slice.losses()[POINTS - 1]), points.get(points.size() - 1),
                PIXEL_TOLERANCE, "last point");
    }

    @Test
    void dataItemsHaveNoSymbolNodes() throws TimeoutException {
        SliceSeries slice = slice(new ParameterPoint(0.1234, -1.75, 2.5, 0.35));

        WaitForAsyncUtils.asyncFx(() -> chart.show(slice));

        waitForLayout(slice);
        assertEquals(POINTS, chart.series().getData().size());
        for (XYChart.Data<Number, Number> item : chart.series().getData()) {
            assertNull(item.getNode(), "no node per data point");
        }
    }

    @Test
    void yAxisCoversLossesInWholeTicks() throws TimeoutException {
        SliceSeries slice = slice(new ParameterPoint(0.5, 0.25, -1.0, 0.35));

        WaitForAsyncUtils.asyncFx(() -> chart.show(slice));

        waitForLayout(slice);
        NumberAxis yAxis = (NumberAxis) chart.getYAxis();
        double tickUnit = yAxis.getTickUnit();
        for (double loss : slice.losses()) {
            assertTrue(loss >= yAxis.getLowerBound(), "loss " + loss + " below " + yAxis.getLowerBound());
            assertTrue(loss <= yAxis.getUpperBound(), "loss " + loss + " above " + yAxis.getUpperBound());
        }
        double ticks = (yAxis.getUpperBound() - yAxis.getLowerBound()) / tickUnit;
        assertEquals(Math.rint(ticks), ticks, 1e-9, "range is a whole number of ticks");
        assertTrue(ticks >= 2, "at least two ticks, got " + ticks);
        assertTrue(ticks <= 12, "at most twelve ticks, got " + ticks);
    }

    @Test
    void flatSliceRunsInsideYAxis() throws TimeoutException {
        ParameterPoint through = new ParameterPoint(0.0, 0.0, 0.0, 0.0);
        double[] losses = SliceComputer.slice(TinyNetwork.lecture(), Parameter.W0, through, AXIS);
        SliceSeries flat = new SliceSeries(Parameter.W0, AXIS.values(), losses, 0.0, TinyNetwork.lecture().loss(through));

        WaitForAsyncUtils.asyncFx(() -> chart.show(flat));

        waitForLayout(flat);
        NumberAxis yAxis = (NumberAxis) chart.getYAxis();
        assertTrue(yAxis.getLowerBound() < losses[0], "lower bound " + yAxis.getLowerBound() + " below " + losses[0]);
        assertTrue(yAxis.getUpperBound() > losses[0], "upper bound " + yAxis.getUpperBound() + " above " + losses[0]);
    }

    @Test
    void sameSizeSliceUpdatesDataItemsInPlace() throws TimeoutException {
        SliceSeries first = slice(new ParameterPoint(0.1, 0.25, 0.5, 0.35));
        SliceSeries second = slice(new ParameterPoint(-2.0, 1.0, 3.0, -0.5));
        WaitForAsyncUtils.asyncFx(() -> chart.show(first));
        waitForLayout(first);
        XYChart.Data<Number, Number> firstItem = chart.series().getData().get(0);

        WaitForAsyncUtils.asyncFx(() -> chart.show(second));

        waitForLayout(second);
        assertSame(firstItem, chart.series().getData().get(0));
        assertEquals(second.losses()[POINTS - 1], chart.series().getData().get(POINTS - 1).getYValue().doubleValue(), 0.0);
    }

    @Test
    void smallChangeKeepsYAxisAndRedrawsCurve() throws TimeoutException {
        // The second slice alone would get 0.15 to 0.45 in ticks of 0.05; it fits the first's 0.1 to 0.5.
        SliceSeries second = wave(0.30, 0.12);
        NumberAxis yAxis = showInTurn(wave(0.30, 0.20));
        double lower = yAxis.getLowerBound();
        double upper = yAxis.getUpperBound();

        showInTurn(second);

        assertEquals(lower, yAxis.getLowerBound(), 0.0);
        assertEquals(upper, yAxis.getUpperBound(), 0.0);
        List<Double> points = chart.curve().getPoints();
        // The curve's first and last points are the slice's first and last, drawn on the kept axis.
        assertEquals(yAxis.getDisplayPosition(second.losses()[0]), points.get(1), 1e-9);
        assertEquals(yAxis.getDisplayPosition(second.losses()[POINTS - 1]), points.get(points.size() - 1), 1e-9);
    }

    @Test
    void muchFlatterSliceShrinksYAxis() throws TimeoutException {
        NumberAxis yAxis = showInTurn(wave(0.5, 0.4), wave(0.5, 0.01));

        assertTrue(yAxis.getUpperBound() - yAxis.getLowerBound() <= 0.1,
                "range " + yAxis.getLowerBound() + " to " + yAxis.getUpperBound());
        assertTrue(yAxis.getLowerBound() <= 0.49, "lower bound " + yAxis.getLowerBound());
        assertTrue(yAxis.getUpperBound() >= 0.51, "upper bound " + yAxis.getUpperBound());
    }

    @Test
    void sliceOutsideYAxisWidensIt() throws TimeoutException {
        NumberAxis yAxis = showInTurn(wave(0.2, 0.1), wave(0.25, 0.1));

        assertTrue(yAxis.getUpperBound() >= 0.35, "upper bound " + yAxis.getUpperBound());
        assertTrue(yAxis.getLowerBound() <= 0.15, "lower bound " + yAxis.getLowerBound());
    }

    @Test
    void smallLossTicksReadAsDistinctNumbers() throws TimeoutException {
        NumberAxis yAxis = showInTurn(wave(0.00052, 0.0002));
        WaitForAsyncUtils.waitForFxEvents();

        // The tick labels are the axis's own Text children; its title is a Label.
        List<String> labels = yAxis.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible())
                .map(node -> ((Text) node).getText())
                .toList();
        SliceChart.TickLabels format = new SliceChart.TickLabels(yAxis);
        for (Axis.TickMark<Number> tick : yAxis.getTickMarks()) {
            double value = tick.getValue().doubleValue();
            assertTrue(labels.contains(format.toString(value)), "label of tick " + value + " in " + labels);
            double read = format.fromString(format.toString(value)).doubleValue();
            assertEquals(value, read, yAxis.getTickUnit() / 1000, "tick " + value);
        }
        assertTrue(labels.size() >= 3, "ticks " + labels);
        assertEquals(labels.size(), new HashSet<>(labels).size(), "distinct labels " + labels);
    }

    @Test
    void tickLabelsUseTickUnitsDecimals() {
        NumberAxis axis = new NumberAxis(0.1, 0.5, 0.05);
        SliceChart.TickLabels labels = new SliceChart.TickLabels(axis);

        assertEquals(String.format("%.2f", 0.25), labels.toString(0.25));
        assertEquals(String.format("%.2f", 0.0), labels.toString(-1e-17));
        axis.setTickUnit(1e-8);
        axis.setLowerBound(3.2e-7);
        axis.setUpperBound(3.6e-7);
        assertEquals(String.format("%.1e", 3.3e-7), labels.toString(3.3e-7));
    }

    @Test
    void niceTickUnitIsOneTwoOrFiveTimesPowerOfTen() {
        assertEquals(0.2, SliceChart.niceTickUnit(1.0), 1e-15);
        assertEquals(0.05, SliceChart.niceTickUnit(0.2), 1e-15);
        assertEquals(0.1, SliceChart.niceTickUnit(0.3), 1e-15);
        assertEquals(1.0, SliceChart.niceTickUnit(4.5), 1e-15);
    }

    private static SliceSeries slice(ParameterPoint through) {
        double[] losses = SliceComputer.slice(TinyNetwork.lecture(), Parameter.W1, through, AXIS);
        return new SliceSeries(Parameter.W1, AXIS.values(), losses, through.w1(), TinyNetwork.lecture().loss(through));
    }

    /** Shows each slice in turn, waiting for its layout, and returns the y axis. */
    private NumberAxis showInTurn(SliceSeries... slices) throws TimeoutException {
        for (SliceSeries slice : slices) {
            WaitForAsyncUtils.asyncFx(() -> chart.show(slice));
            waitForLayout(slice);
        }
        return (NumberAxis) chart.getYAxis();
    }

    /** Returns a slice whose losses run once around {@code centre} ± {@code amplitude}, as a sine over the axis. */
    private static SliceSeries wave(double centre, double amplitude) {
        double[] losses = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            losses[i] = centre + amplitude * Math.sin(2 * Math.PI * i / (POINTS - 1));
        }
        return new SliceSeries(Parameter.W1, AXIS.values(), losses, AXIS.value(0), losses[0]);
    }

    /** Waits until the chart shows {@code slice}'s last loss and is laid out. */
    private void waitForLayout(SliceSeries slice) throws TimeoutException {
        double last = slice.losses()[POINTS - 1];
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> chart.series().getData().size() == POINTS
                && chart.series().getData().get(POINTS - 1).getYValue().doubleValue() == last
                && !chart.isNeedsLayout());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
