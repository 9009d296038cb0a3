package org.losslandscape.view.heatmap;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * Lays out the heatmap: a square plot (the map image with a canvas over it) with a vertical
 * axis to its left, a horizontal axis below and the colour bar to its right, centred in the
 * space available. Calls its resize action when the plot's side changes. FX thread only.
 */
final class HeatmapPlot extends Region {

    private static final double Y_AXIS_WIDTH = 76;
    private static final double X_AXIS_HEIGHT = 62;
    private static final double LEGEND_GAP = 28;
    private static final double PADDING = 12;
    private static final double MIN_SIDE = 40;

    private final ImageView image = new ImageView();
    private final Canvas canvas = new Canvas();
    private final TickAxis xAxis = new TickAxis(Orientation.HORIZONTAL);
    private final TickAxis yAxis = new TickAxis(Orientation.VERTICAL);
    private final ColourBar legend;
    private Runnable onResize = () -> { };

    HeatmapPlot(ColourBar legend) {
        this.legend = legend;
        setId("heatmap-plot");
        image.setId("heatmap-image");
        image.setSmooth(true);
        image.setPreserveRatio(false);
        canvas.setId("heatmap-canvas");
        getChildren().addAll(image, canvas, xAxis, yAxis, legend);
    }

    /** Sets the action to run after the plot's side changed, to redraw what depends on it. */
    void setOnResize(Runnable action) {
        onResize = action;
    }

    /** Returns the side of the square plot in pixels. */
    double side() {
        return canvas.getWidth();
    }

    ImageView image() {
        return image;
    }

    Canvas canvas() {
        return canvas;
    }

    TickAxis xAxis() {
        return xAxis;
    }

    TickAxis yAxis() {
        return yAxis;
    }

    ColourBar legend() {
        return legend;
    }

    @Override
    protected void layoutChildren() {
        double legendWidth = legend.contentWidth();
        double side = Math.max(MIN_SIDE, Math.min(getWidth() - Y_AXIS_WIDTH - LEGEND_GAP - legendWidth - 2 * PADDING,
                getHeight() - X_AXIS_HEIGHT - 2 * PADDING));
        double left = Math.max(PADDING, (getWidth() - (Y_AXIS_WIDTH + side + LEGEND_GAP + legendWidth)) / 2) + Y_AXIS_WIDTH;
        double top = PADDING;
        image.setFitWidth(side);
        image.setFitHeight(side);
        image.relocate(left, top);
        canvas.relocate(left, top);
        yAxis.resizeRelocate(left - Y_AXIS_WIDTH, top, Y_AXIS_WIDTH, side);
        xAxis.resizeRelocate(left, top + side, side, X_AXIS_HEIGHT);
        legend.resizeRelocate(left + side + LEGEND_GAP, top, legendWidth, side);
        if (canvas.getWidth() != side || canvas.getHeight() != side) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            onResize.run();
        }
    }
}
