package org.losslandscape.view.heatmap;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * The heatmap's legend: a vertical bar of the colour map, the map's largest loss at the top,
 * with loss values beside it and the title turned upright along its right side. FX thread
 * only.
 */
final class ColourBar extends Region {

    static final double BAR_WIDTH = 24;
    private static final int LABEL_COUNT = 5;
    private static final double GAP = 8;

    private final ImageView bar = new ImageView(gradient());
    private final Label title = new Label();
    private final List<Label> labels = new ArrayList<>();
    private final HeatmapMessages messages;
    private ColourScale scale = new ColourScale(0, 1);

    ColourBar(HeatmapMessages messages) {
        this.messages = messages;
        setId("heatmap-legend");
        getStyleClass().add("heatmap-legend");
        bar.setPreserveRatio(false);
        bar.setSmooth(true);
        title.setText(messages.get("legend.title"));
        title.getStyleClass().add("heatmap-axis-title");
        title.setRotate(-90);
        for (int i = 0; i < LABEL_COUNT; i++) {
            Label label = new Label();
            label.getStyleClass().add("heatmap-tick-label");
            labels.add(label);
        }
        getChildren().add(bar);
        getChildren().addAll(labels);
        getChildren().add(title);
    }

    /** Labels the bar with {@code labelled}'s range; a flat scale gets a single label in the middle. */
    void show(ColourScale labelled) {
        this.scale = labelled;
        int decimals = decimals(labelled);
        for (int i = 0; i < LABEL_COUNT; i++) {
            double fraction = (double) i / (LABEL_COUNT - 1);
            double value = labelled.min() + fraction * (labelled.max() - labelled.min());
            labels.get(i).setText(messages.number(value, decimals));
            labels.get(i).setVisible(!labelled.flat() || i == LABEL_COUNT / 2);
        }
        requestLayout();
    }

    /** Returns enough decimals to tell the labels apart: three for a range of 0.01 or more. */
    static int decimals(ColourScale scale) {
        double range = scale.max() - scale.min();
        if (!(range > 0)) {
            return 4;
        }
        return (int) Math.max(3, Math.min(8, Math.ceil(-Math.log10(range)) + 2));
    }

    /** Returns the width that the bar, its widest label and the title need. */
    double contentWidth() {
        double widest = 0;
        for (Label label : labels) {
            widest = Math.max(widest, label.prefWidth(-1));
        }
        return BAR_WIDTH + GAP + widest + GAP + title.prefHeight(-1);
    }

    /** Returns the current scale of the labels. */
    ColourScale scale() {
        return scale;
    }

    @Override
    protected void layoutChildren() {
        double height = getHeight();
        bar.setFitWidth(BAR_WIDTH);
        bar.setFitHeight(height);
        bar.relocate(0, 0);
        double widest = 0;
        for (int i = 0; i < LABEL_COUNT; i++) {
            Label label = labels.get(i);
            label.autosize();
            widest = Math.max(widest, label.getWidth());
            double y = height * (1 - (double) i / (LABEL_COUNT - 1));
            label.relocate(BAR_WIDTH + GAP, y - label.getHeight() / 2);
        }
        title.autosize();
        double centreX = BAR_WIDTH + GAP + widest + GAP + title.getHeight() / 2;
        title.relocate(centreX - title.getWidth() / 2, (height - title.getHeight()) / 2);
    }

    /** Returns a one-pixel-wide image of the colour map, the brightest colour at the top. */
    private static WritableImage gradient() {
        WritableImage image = new WritableImage(1, Viridis.SIZE);
        for (int i = 0; i < Viridis.SIZE; i++) {
            image.getPixelWriter().setArgb(0, Viridis.SIZE - 1 - i, Viridis.entry(i));
        }
        return image;
    }
}
