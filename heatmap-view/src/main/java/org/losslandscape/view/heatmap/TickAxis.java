package org.losslandscape.view.heatmap;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * An axis beside the heatmap: a title and labelled ticks at whole multiples of a round step,
 * placed by a function from parameter value to pixel along the plot. A horizontal axis sits
 * below the plot, a vertical one to its left. FX thread only.
 */
final class TickAxis extends Region {

    private static final double TICK_LENGTH = 6;

    private final Orientation orientation;
    private final Label title = new Label();
    private final List<Label> labels = new ArrayList<>();
    private final List<Line> ticks = new ArrayList<>();
    private double[] values = new double[0];
    private DoubleUnaryOperator position = value -> 0;

    TickAxis(Orientation orientation) {
        this.orientation = orientation;
        getStyleClass().add("heatmap-axis");
        title.getStyleClass().add("heatmap-axis-title");
        if (orientation == Orientation.VERTICAL) {
            title.setRotate(-90);
        }
        getChildren().add(title);
    }

    /**
     * Shows ticks from {@code min} to {@code max}, placed by {@code position}, and the axis
     * title {@code text}.
     */
    void show(String text, double min, double max, DoubleUnaryOperator position) {
        this.position = position;
        title.setText(text);
        values = tickValues(min, max);
        getChildren().removeAll(labels);
        getChildren().removeAll(ticks);
        labels.clear();
        ticks.clear();
        for (double value : values) {
            Label label = new Label(formatTick(value));
            label.getStyleClass().add("heatmap-tick-label");
            labels.add(label);
            Line tick = new Line();
            tick.getStyleClass().add("heatmap-tick");
            ticks.add(tick);
        }
        getChildren().addAll(ticks);
        getChildren().addAll(labels);
        requestLayout();
    }

    /** Returns the axis title. */
    String title() {
        return title.getText();
    }

    /** Returns the tick values: multiples of a round step between {@code min} and {@code max}. */
    static double[] tickValues(double min, double max) {
        double step = roundStep((max - min) / 8);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        double[] result = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < result.length; i++) {
            result[i] = (first + i) * step;
        }
        return result;
    }

    /** Returns the smallest of 1, 2 or 5 times a power of ten that is at least {@code rough}. */
    private static double roundStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String formatTick(double value) {
        double rounded = Math.abs(value) < 1e-9 ? 0 : value;
        return rounded == Math.rint(rounded)
                ? String.format(Locale.ROOT, "%d", (long) rounded).replace('-', '−')
                : String.format(Locale.ROOT, "%.1f", rounded).replace('-', '−');
    }

    @Override
    protected void layoutChildren() {
        for (int i = 0; i < values.length; i++) {
            Label label = labels.get(i);
            label.autosize();
            double at = position.applyAsDouble(values[i]);
            if (orientation == Orientation.HORIZONTAL) {
                ticks.get(i).setStartX(at);
                ticks.get(i).setEndX(at);
                ticks.get(i).setEndY(TICK_LENGTH);
                label.relocate(at - label.getWidth() / 2, TICK_LENGTH + 2);
            } else {
                double right = getWidth();
                ticks.get(i).setStartX(right - TICK_LENGTH);
                ticks.get(i).setEndX(right);
                ticks.get(i).setStartY(at);
                ticks.get(i).setEndY(at);
                label.relocate(right - TICK_LENGTH - 4 - label.getWidth(), at - label.getHeight() / 2);
            }
        }
        layoutTitle();
    }

    private void layoutTitle() {
        title.autosize();
        if (orientation == Orientation.HORIZONTAL) {
            title.relocate((getWidth() - title.getWidth()) / 2, getHeight() - title.getHeight());
        } else {
            // A rotated label turns about its centre, so its unrotated box is centred on the spot.
            double centreX = title.getHeight() / 2;
            title.relocate(centreX - title.getWidth() / 2, (getHeight() - title.getHeight()) / 2);
        }
    }
}
