package org.losslandscape.view.heatmap;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.viewmodel.ParameterPair;
import org.losslandscape.viewmodel.PathSeries;

import java.util.List;

/**
 * Draws what lies over the colour map: contour lines, training paths and the current point
 * with its crosshair. FX thread only, because it draws on a canvas in the scene.
 */
final class OverlayPainter {

    private static final Color CONTOUR = Color.rgb(255, 255, 255, 0.55);
    private static final Color CROSSHAIR = Color.rgb(255, 255, 255, 0.7);
    private static final Color MARKER = Color.web("#d62728");
    private static final Color HALO = Color.WHITE;
    private static final Color PATH_OUTLINE = Color.rgb(0, 0, 0, 0.55);
    private static final double MARKER_RADIUS = 8;
    private static final double PATH_WIDTH = 2.5;

    private OverlayPainter() {
    }

    /** Strokes {@code segments}, packed as {@code x0, y0, x1, y1} in parameter values. */
    static void contours(GraphicsContext graphics, PlotGeometry geometry, double[] segments) {
        graphics.setStroke(CONTOUR);
        graphics.setLineWidth(1.2);
        graphics.beginPath();
        for (int i = 0; i + 3 < segments.length; i += 4) {
            graphics.moveTo(geometry.pixelX(segments[i]), geometry.pixelY(segments[i + 1]));
            graphics.lineTo(geometry.pixelX(segments[i + 2]), geometry.pixelY(segments[i + 3]));
        }
        graphics.stroke();
    }

    /** Draws each path projected onto {@code pair}, each in its own colour, with its label at the end. */
    static void paths(GraphicsContext graphics, PlotGeometry geometry, ParameterPair pair, List<PathSeries> paths) {
        graphics.setLineCap(StrokeLineCap.ROUND);
        graphics.setLineJoin(StrokeLineJoin.ROUND);
        for (int i = 0; i < paths.size(); i++) {
            List<ParameterPoint> points = paths.get(i).points();
            if (points.isEmpty()) {
                continue;
            }
            tracePath(graphics, geometry, pair, points);
            graphics.setStroke(PATH_OUTLINE);
            graphics.setLineWidth(PATH_WIDTH + 2);
            graphics.stroke();
            graphics.setStroke(PathColours.of(i));
            graphics.setLineWidth(PATH_WIDTH);
            graphics.stroke();
            labelPath(graphics, geometry, pair, paths.get(i), PathColours.of(i));
        }
    }

    private static void tracePath(GraphicsContext graphics, PlotGeometry geometry, ParameterPair pair,
                                  List<ParameterPoint> points) {
        graphics.beginPath();
        ParameterPoint first = points.get(0);
        graphics.moveTo(geometry.pixelX(first.get(pair.x())), geometry.pixelY(first.get(pair.y())));
        for (ParameterPoint point : points) {
            graphics.lineTo(geometry.pixelX(point.get(pair.x())), geometry.pixelY(point.get(pair.y())));
        }
    }

    private static void labelPath(GraphicsContext graphics, PlotGeometry geometry, ParameterPair pair,
                                  PathSeries path, Color colour) {
        ParameterPoint last = path.points().get(path.points().size() - 1);
        double x = geometry.pixelX(last.get(pair.x())) + 6;
        double y = geometry.pixelY(last.get(pair.y())) - 6;
        graphics.setLineWidth(3);
        graphics.setStroke(PATH_OUTLINE);
        graphics.strokeText(path.label(), x, y);
        graphics.setFill(colour);
        graphics.fillText(path.label(), x, y);
    }

    /** Draws a crosshair through {@code point} and a red ring with a white halo on it. */
    static void marker(GraphicsContext graphics, PlotGeometry geometry, ParameterPair pair, ParameterPoint point) {
        double x = geometry.pixelX(point.get(pair.x()));
        double y = geometry.pixelY(point.get(pair.y()));
        graphics.setStroke(CROSSHAIR);
        graphics.setLineWidth(1);
        graphics.setLineDashes(6, 4);
        graphics.strokeLine(x, 0, x, geometry.height());
        graphics.strokeLine(0, y, geometry.width(), y);
        graphics.setLineDashes();
        double diameter = 2 * MARKER_RADIUS;
        graphics.setStroke(HALO);
        graphics.setLineWidth(6);
        graphics.strokeOval(x - MARKER_RADIUS, y - MARKER_RADIUS, diameter, diameter);
        graphics.setStroke(MARKER);
        graphics.setLineWidth(3);
        graphics.strokeOval(x - MARKER_RADIUS, y - MARKER_RADIUS, diameter, diameter);
    }
}
