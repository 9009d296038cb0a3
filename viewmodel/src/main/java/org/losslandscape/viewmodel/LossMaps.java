package org.losslandscape.viewmodel;

import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;

import java.util.Objects;

/**
 * Computes {@link LossMap}s: the network's loss over a plane of two parameters through a
 * point. Stateless and safe to call from any thread.
 */
public final class LossMaps {

    private LossMaps() {
    }

    /**
     * Computes the loss at every ({@code xAxis} value, {@code yAxis} value) with the other two
     * parameters fixed at {@code through}'s values:
     * <pre>
     *   losses[row * xAxis.size() + column] = L(through with x = xAxis.value(column), y = yAxis.value(row))
     * </pre>
     * Each loss is {@link TinyNetwork#loss(double, double, double, double)} evaluated point by
     * point, so it equals the network's own value exactly.
     *
     * @param pair    the parameters along the columns ({@code pair.x()}) and rows ({@code pair.y()})
     * @param through the point whose other two parameters fix the plane; its values of
     *                {@code pair}'s parameters are ignored
     */
    public static LossMap compute(TinyNetwork network, ParameterPair pair, ParameterPoint through,
                                  ParameterAxis xAxis, ParameterAxis yAxis) {
        Objects.requireNonNull(network, "network");
        double[] xValues = xAxis.values();
        double[] yValues = yAxis.values();
        double[] losses = new double[xValues.length * yValues.length];
        double[] point = through.toArray();
        int xAxisIndex = pair.x().ordinal();
        int yAxisIndex = pair.y().ordinal();
        for (int row = 0; row < yValues.length; row++) {
            point[yAxisIndex] = yValues[row];
            int offset = row * xValues.length;
            for (int column = 0; column < xValues.length; column++) {
                point[xAxisIndex] = xValues[column];
                losses[offset + column] = network.loss(point[0], point[1], point[2], point[3]);
            }
        }
        return new LossMap(pair.x(), pair.y(), xValues, yValues, losses, min(losses), max(losses));
    }

    /**
     * Returns the axis of {@code resolution} values spanning {@code gridAxis} from its first to
     * its last value, both included, such as −4 to 3.8 for the lecture's axis.
     *
     * @throws IllegalArgumentException if {@code resolution} is below 2 or {@code gridAxis}
     *                                  has a single value, so there is no range to span
     */
    public static ParameterAxis sampling(ParameterAxis gridAxis, int resolution) {
        if (resolution < 2) {
            throw new IllegalArgumentException("Invalid map resolution " + resolution + ": expected at least 2");
        }
        return ParameterAxis.spanning(gridAxis.start(), gridAxis.last(), resolution);
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
