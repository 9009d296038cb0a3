package org.losslandscape.viewmodel;

import org.losslandscape.model.Parameter;

import java.util.Arrays;
import java.util.Objects;

/**
 * The loss along one parameter's axis through the current point, ready to plot.
 *
 * <p>The arrays are owned by this record and never modified after construction; callers
 * must not modify them either.
 *
 * @param parameter   the parameter that varies along the slice
 * @param values      the parameter's values, ascending, the x coordinates
 * @param losses      the loss at each value, the y coordinates, same length as {@code values}
 * @param markerValue the parameter's current value, where the red marker goes
 * @param markerLoss  the loss at the current point
 */
public record SliceSeries(Parameter parameter, double[] values, double[] losses, double markerValue,
                          double markerLoss) {

    /**
     * Checks that the arrays are present and of equal length.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public SliceSeries {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(losses, "losses");
        if (values.length != losses.length) {
            throw new IllegalArgumentException("Slice of " + parameter.key() + " has " + values.length
                    + " values but " + losses.length + " losses");
        }
    }

    /** Returns the number of points. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SliceSeries that
                && parameter == that.parameter
                && Arrays.equals(values, that.values)
                && Arrays.equals(losses, that.losses)
                && Double.compare(markerValue, that.markerValue) == 0
                && Double.compare(markerLoss, that.markerLoss) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameter, Arrays.hashCode(values), Arrays.hashCode(losses), markerValue, markerLoss);
    }

    @Override
    public String toString() {
        return "SliceSeries[" + parameter.key() + ", " + values.length + " points, marker at " + markerValue + "]";
    }
}
