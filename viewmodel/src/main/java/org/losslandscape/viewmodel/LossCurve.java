package org.losslandscape.viewmodel;

import java.util.Arrays;
import java.util.Objects;

/**
 * A training run's loss by step, possibly thinned, ready to plot.
 *
 * <p>The arrays are owned by this record and never modified after construction; callers
 * must not modify them either.
 *
 * @param steps  step numbers, ascending from 0, the x coordinates
 * @param losses the loss after each of those steps, the y coordinates, same length as {@code steps}
 */
public record LossCurve(double[] steps, double[] losses) {

    /**
     * Checks that the arrays are present and of equal length.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public LossCurve {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(losses, "losses");
        if (steps.length != losses.length) {
            throw new IllegalArgumentException("Loss curve has " + steps.length + " steps but "
                    + losses.length + " losses");
        }
    }

    /** Returns the number of points. */
    public int size() {
        return steps.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LossCurve that
                && Arrays.equals(steps, that.steps)
                && Arrays.equals(losses, that.losses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(steps) + Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return "LossCurve[" + steps.length + " points]";
    }
}
