package org.losslandscape.view.slices;

import javafx.collections.ObservableList;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a {@link Path}'s elements to a polyline or to a row of dots in pixel coordinates,
 * reusing the existing elements so that a path redrawn every frame allocates little.
 * FX thread only, like the paths it changes.
 */
final class PathShapes {

    /** Length of the tiny segment that a round line cap turns into a dot, in pixels. */
    private static final double DOT_LENGTH = 0.01;

    private PathShapes() {
    }

    /** Sets {@code path} to one polyline through the first {@code count} points of {@code x} and {@code y}. */
    static void setPolyline(Path path, double[] x, double[] y, int count) {
        ObservableList<PathElement> elements = path.getElements();
        resize(elements, count, 1);
        for (int i = 0; i < count; i++) {
            PathElement element = elements.get(i);
            if (element instanceof MoveTo move) {
                move.setX(x[i]);
                move.setY(y[i]);
            } else {
                LineTo line = (LineTo) element;
                line.setX(x[i]);
                line.setY(y[i]);
            }
        }
    }

    /**
     * Sets {@code path} to one dot at each of the first {@code count} points. Each dot is a
     * segment too short to see, drawn as a disc by the path's round line cap, so the dot's
     * diameter is the path's stroke width.
     */
    static void setDots(Path path, double[] x, double[] y, int count) {
        ObservableList<PathElement> elements = path.getElements();
        resize(elements, 2 * count, 2);
        for (int i = 0; i < count; i++) {
            MoveTo move = (MoveTo) elements.get(2 * i);
            LineTo line = (LineTo) elements.get(2 * i + 1);
            move.setX(x[i]);
            move.setY(y[i]);
            line.setX(x[i] + DOT_LENGTH);
            line.setY(y[i]);
        }
    }

    /**
     * Adds or removes elements at the end until there are {@code size}. Element i is a
     * {@link MoveTo} when i is a multiple of {@code movePeriod}, else a {@link LineTo}, for
     * 1 only the first.
     */
    private static void resize(ObservableList<PathElement> elements, int size, int movePeriod) {
        if (elements.size() > size) {
            elements.remove(size, elements.size());
            return;
        }
        List<PathElement> added = new ArrayList<>(size - elements.size());
        for (int i = elements.size(); i < size; i++) {
            boolean move = movePeriod == 1 ? i == 0 : i % movePeriod == 0;
            added.add(move ? new MoveTo() : new LineTo());
        }
        elements.addAll(added);
    }
}
