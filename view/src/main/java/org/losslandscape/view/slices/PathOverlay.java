package org.losslandscape.view.slices;

import javafx.scene.shape.Path;

/**
 * One path drawn over a chart: a polyline and a dot per point, two nodes however many points.
 * Styled by the classes {@code training-path} and {@code training-path-dots} with
 * {@code path-<id>}, which sets the colour. FX thread only.
 */
final class PathOverlay {

    private final Path line = new Path();
    private final Path dots = new Path();
    private double[] x = new double[0];
    private double[] y = new double[0];

    PathOverlay(String id) {
        line.getStyleClass().addAll("training-path", "path-" + id);
        dots.getStyleClass().addAll("training-path-dots", "path-" + id);
        line.setId("path-line-" + id);
        dots.setId("path-dots-" + id);
        line.setManaged(false);
        dots.setManaged(false);
    }

    /** Returns the polyline node. */
    Path line() {
        return line;
    }

    /** Returns the node with the dots. */
    Path dots() {
        return dots;
    }

    /** Redraws the path at pixel coordinates: point i at ({@code xs[i]}, {@code ys[i]}) for i below {@code count}. */
    void draw(double[] xs, double[] ys, int count) {
        PathShapes.setPolyline(line, xs, ys, count);
        PathShapes.setDots(dots, xs, ys, count);
        line.toFront();
        dots.toFront();
    }

    /** Returns a buffer of at least {@code count} x coordinates, reused between frames. */
    double[] xBuffer(int count) {
        if (x.length < count) {
            x = new double[count];
        }
        return x;
    }

    /** Returns a buffer of at least {@code count} y coordinates, reused between frames. */
    double[] yBuffer(int count) {
        if (y.length < count) {
            y = new double[count];
        }
        return y;
    }
}
