package org.losslandscape.viewmodel;

import org.losslandscape.model.Objective;
import org.losslandscape.model.ParameterPoint;

import java.util.List;

/**
 * A path with the loss at each of its points, ready to project onto any slice: on the slice
 * of parameter p, point i lies at x = its value of p, y = {@code losses[i]}.
 *
 * <p>The array is owned by this record and never modified after construction. Immutable, so it
 * may be built off the FX thread.
 *
 * @param id     the path's identifier, which selects its colour class {@code path-<id>}
 * @param points the path's points in order
 * @param losses the loss at each point, same length as {@code points}
 */
public record ProjectedPath(String id, List<ParameterPoint> points, double[] losses) {

    /** Computes the loss at each point of {@code path} with {@code objective}. */
    public static ProjectedPath of(PathSeries path, Objective objective) {
        List<ParameterPoint> points = path.points();
        double[] losses = new double[points.size()];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = objective.loss(points.get(i));
        }
        return new ProjectedPath(path.id(), points, losses);
    }

    /** Projects every path of {@code paths}, keeping their order. */
    public static List<ProjectedPath> ofAll(List<PathSeries> paths, Objective objective) {
        return paths.stream().map(path -> of(path, objective)).toList();
    }
}
