package org.losslandscape.viewmodel;

import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.slice.SliceComputer;

/**
 * Builds slices and losses at a point: from the grid when the point lies exactly on grid
 * values and the grid is ready, otherwise from the network's formula over the same axis
 * values. Stateless and safe to call from any thread.
 */
final class SliceSource {

    private final TinyNetwork network;
    private final GridAxes axes;

    SliceSource(TinyNetwork network, GridAxes axes) {
        this.network = network;
        this.axes = axes;
    }

    /**
     * Returns the slice along {@code parameter} through {@code at}. {@code grid} may be null,
     * or a grid of other axes left over from an earlier resolution, and is then ignored.
     */
    SliceSeries slice(LossGrid grid, Parameter parameter, ParameterPoint at) {
        ParameterAxis axis = axes.axis(parameter);
        double[] values = axis.values();
        GridIndex index = gridIndexOf(at);
        double[] losses;
        if (matches(grid) && index != null) {
            losses = grid.slice(parameter, index);
        } else {
            losses = SliceComputer.slice(network, parameter, at, axis);
        }
        return new SliceSeries(parameter, values, losses, at.get(parameter), loss(grid, at));
    }

    /** Returns the loss at {@code at}: the grid's value on grid points, the formula's elsewhere. */
    double loss(LossGrid grid, ParameterPoint at) {
        GridIndex index = gridIndexOf(at);
        return matches(grid) && index != null ? grid.loss(index) : network.loss(at);
    }

    /** Returns the axes whose values the slices take. */
    GridAxes axes() {
        return axes;
    }

    /** Returns true when {@code grid} exists and covers exactly these axes, so its indices apply. */
    private boolean matches(LossGrid grid) {
        return grid != null && grid.axes().equals(axes);
    }

    /** Returns the grid index whose values equal {@code at} exactly, or null when it is off the grid. */
    GridIndex gridIndexOf(ParameterPoint at) {
        int[] indices = new int[Parameter.COUNT];
        for (Parameter parameter : Parameter.values()) {
            ParameterAxis axis = axes.axis(parameter);
            int nearest = axis.nearestIndex(at.get(parameter));
            if (axis.value(nearest) != at.get(parameter)) {
                return null;
            }
            indices[parameter.ordinal()] = nearest;
        }
        return new GridIndex(indices[0], indices[1], indices[2], indices[3]);
    }
}
