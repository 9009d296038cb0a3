package org.losslandscape.view.heatmap;

import org.losslandscape.viewmodel.LossMap;

/**
 * Converts between parameter values and pixels of a square plot of a loss map, y pointing up.
 *
 * <p>The plot reaches half a cell beyond the first and last map values, so that pixel
 * centres of the map image sit exactly on the map's values. Immutable.
 *
 * @param xMin   the value at the plot's left edge
 * @param xMax   the value at the plot's right edge
 * @param yMin   the value at the plot's bottom edge
 * @param yMax   the value at the plot's top edge
 * @param width  the plot's width in pixels
 * @param height the plot's height in pixels
 */
record PlotGeometry(double xMin, double xMax, double yMin, double yMax, double width, double height) {

    /** Returns the geometry of {@code map} drawn into {@code width} × {@code height} pixels. */
    static PlotGeometry of(LossMap map, double width, double height) {
        double[] x = map.xValues();
        double[] y = map.yValues();
        double halfX = halfCell(x);
        double halfY = halfCell(y);
        return new PlotGeometry(x[0] - halfX, x[x.length - 1] + halfX, y[0] - halfY, y[y.length - 1] + halfY,
                width, height);
    }

    private static double halfCell(double[] values) {
        return values.length > 1 ? (values[values.length - 1] - values[0]) / (values.length - 1) / 2 : 0.5;
    }

    /** Returns the horizontal pixel position of parameter value {@code x}. */
    double pixelX(double x) {
        return (x - xMin) / (xMax - xMin) * width;
    }

    /** Returns the vertical pixel position of parameter value {@code y}, 0 at the top. */
    double pixelY(double y) {
        return (yMax - y) / (yMax - yMin) * height;
    }

    /** Returns the parameter value at horizontal pixel position {@code px}. */
    double valueX(double px) {
        return xMin + px / width * (xMax - xMin);
    }

    /** Returns the parameter value at vertical pixel position {@code py}, 0 at the top. */
    double valueY(double py) {
        return yMax - py / height * (yMax - yMin);
    }
}
