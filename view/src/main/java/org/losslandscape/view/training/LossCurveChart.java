package org.losslandscape.view.training;

import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.losslandscape.viewmodel.LossCurve;
import org.losslandscape.viewmodel.RunState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss by step of every run, one line per optimizer in its path colour.
 *
 * <p>Built for a curve that grows every frame: no animation, no symbols, and the data items of
 * each line are updated in place, so a frame that adds a few steps adds a few items. The y axis
 * fits the losses without forcing zero into range, so small improvements stay visible.
 * FX thread only.
 */
final class LossCurveChart extends LineChart<Number, Number> {

    private final Map<String, Series<Number, Number>> lines = new LinkedHashMap<>();

    LossCurveChart(String title, String xLabel, String yLabel) {
        super(new NumberAxis(), new NumberAxis());
        setId("loss-chart");
        setTitle(title);
        getXAxis().setLabel(xLabel);
        getYAxis().setLabel(yLabel);
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        ((NumberAxis) getYAxis()).setMinorTickVisible(false);
        NumberAxis steps = (NumberAxis) getXAxis();
        steps.setMinorTickVisible(false);
        steps.setTickLabelFormatter(new StepLabels());
        // Auto-ranging put up to ten step labels on the panel's narrow axis, where they ran together.
        steps.setAutoRanging(false);
        fitStepAxis(0);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
    }

    /** Shows one line per run, in run order; lines of runs no longer present are removed. */
    void show(List<RunState> runs) {
        List<String> ids = runs.stream().map(RunState::id).toList();
        if (!ids.equals(new ArrayList<>(lines.keySet()))) {
            rebuildLines(ids);
        }
        double lastStep = 0;
        for (RunState run : runs) {
            Series<Number, Number> line = lines.get(run.id());
            addColourClass(line, run.id());
            update(line.getData(), run.lossCurve());
            LossCurve curve = run.lossCurve();
            if (curve.size() > 0) {
                lastStep = Math.max(lastStep, curve.steps()[curve.size() - 1]);
            }
        }
        fitStepAxis(lastStep);
    }

    /** Sets the step axis to run from 0 past {@code lastStep} in at most about four whole-number ticks. */
    private void fitStepAxis(double lastStep) {
        double unit = stepTickUnit(lastStep);
        double upper = Math.max(unit, Math.ceil(lastStep / unit) * unit);
        NumberAxis axis = (NumberAxis) getXAxis();
        if (axis.getUpperBound() != upper || axis.getTickUnit() != unit || axis.getLowerBound() != 0) {
            axis.setLowerBound(0);
            axis.setUpperBound(upper);
            axis.setTickUnit(unit);
        }
    }

    /** Returns the tick unit, 1, 2 or 5 times a power of ten and at least 1, that splits [0, lastStep] into at most four ticks. */
    static double stepTickUnit(double lastStep) {
        double unit = 1;
        while (true) {
            for (double factor : new double[] {1, 2, 5}) {
                if (lastStep <= 4 * unit * factor) {
                    return unit * factor;
                }
            }
            unit *= 10;
        }
    }

    /**
     * Adds the run's colour class to its line unless present. LineChart resets the classes of
     * every line when a line is added or removed, so this runs on every update, not once.
     */
    private static void addColourClass(Series<Number, Number> line, String id) {
        List<String> classes = line.getNode().getStyleClass();
        if (!classes.contains("path-" + id)) {
            classes.add("path-" + id);
        }
    }

    /** Returns the line of the run with {@code id}, or {@code null}, for tests. */
    Series<Number, Number> line(String id) {
        return lines.get(id);
    }

    private void rebuildLines(List<String> ids) {
        lines.clear();
        getData().clear();
        for (String id : ids) {
            Series<Number, Number> series = new XYChart.Series<>();
            series.setName(id);
            lines.put(id, series);
            getData().add(series);
        }
    }

    /** Sets {@code data} to {@code curve}, changing only the items that differ. */
    private static void update(ObservableList<Data<Number, Number>> data, LossCurve curve) {
        int common = Math.min(data.size(), curve.size());
        for (int i = 0; i < common; i++) {
            Data<Number, Number> item = data.get(i);
            if (item.getXValue().doubleValue() != curve.steps()[i]) {
                item.setXValue(curve.steps()[i]);
            }
            if (item.getYValue().doubleValue() != curve.losses()[i]) {
                item.setYValue(curve.losses()[i]);
            }
        }
        if (data.size() > curve.size()) {
            data.remove(curve.size(), data.size());
        } else if (data.size() < curve.size()) {
            List<Data<Number, Number>> added = new ArrayList<>(curve.size() - common);
            for (int i = common; i < curve.size(); i++) {
                added.add(new Data<>(curve.steps()[i], curve.losses()[i]));
            }
            data.addAll(added);
        }
    }

    /**
     * Labels the step axis with whole numbers only. Before the first steps the axis ranges over
     * less than one step and would label 0.25, 0.50 and so on, steps that do not exist.
     */
    static final class StepLabels extends StringConverter<Number> {

        @Override
        public String toString(Number value) {
            double step = value.doubleValue();
            return step == Math.rint(step) ? Long.toString((long) step) : "";
        }

        @Override
        public Number fromString(String text) {
            return text.isBlank() ? null : Long.valueOf(text.strip());
        }
    }
}
