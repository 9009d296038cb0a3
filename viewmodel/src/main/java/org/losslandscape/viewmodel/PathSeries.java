package org.losslandscape.viewmodel;

import org.losslandscape.model.ParameterPoint;

import java.util.List;
import java.util.Objects;

/**
 * A path through parameter space to draw over the views, such as an optimizer's steps.
 *
 * @param id     stable identifier of the path, such as an optimizer's key; views derive
 *               colours and node ids from it
 * @param label  the path's name as shown to the user
 * @param points the points in order, an unmodifiable copy
 */
public record PathSeries(String id, String label, List<ParameterPoint> points) {

    /** Checks the fields and copies {@code points}. */
    public PathSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
    }
}
