package org.losslandscape.viewmodel;

import org.losslandscape.model.ParameterPoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The points and losses of one training run, appended one step at a time, and thinned copies
 * of them small enough to redraw every frame.
 *
 * <p>Keeping this history beside the run avoids {@code TrainingRun.points()}, which copies the
 * whole history on every call. Thinning keeps every point whose step is a multiple of a power
 * of two, the smallest that leaves at most {@code maxPoints}, plus the last point. Because the
 * stride only doubles, a point once dropped stays dropped, so a growing path changes little
 * between frames.
 *
 * <p>Not thread-safe: confined to the training scheduler's worker, like the run it follows.
 */
final class RunTrace {

    private static final int INITIAL_CAPACITY = 1024;

    private final List<ParameterPoint> points = new ArrayList<>(INITIAL_CAPACITY);
    private double[] losses = new double[INITIAL_CAPACITY];

    /** Appends the point and loss of the next step; the first call records step 0. */
    void append(ParameterPoint point, double loss) {
        int index = points.size();
        if (index == losses.length) {
            losses = Arrays.copyOf(losses, 2 * losses.length);
        }
        points.add(point);
        losses[index] = loss;
    }

    /** Returns the number of recorded points, one more than the number of steps. */
    int size() {
        return points.size();
    }

    /** Returns at most {@code maxPoints} + 1 points in step order, always with the first and last. */
    List<ParameterPoint> thinnedPoints(int maxPoints) {
        int stride = stride(maxPoints);
        List<ParameterPoint> thinned = new ArrayList<>(size() / stride + 2);
        for (int step = 0; step < size(); step += stride) {
            thinned.add(points.get(step));
        }
        if ((size() - 1) % stride != 0) {
            thinned.add(points.get(size() - 1));
        }
        return thinned;
    }

    /** Returns the loss curve thinned like {@link #thinnedPoints}, the step numbers as x values. */
    LossCurve thinnedCurve(int maxPoints) {
        int stride = stride(maxPoints);
        int last = size() - 1;
        int count = last / stride + 1 + (last % stride != 0 ? 1 : 0);
        double[] steps = new double[count];
        double[] values = new double[count];
        int i = 0;
        for (int step = 0; step <= last; step += stride) {
            steps[i] = step;
            values[i] = losses[step];
            i++;
        }
        if (last % stride != 0) {
            steps[i] = last;
            values[i] = losses[last];
        }
        return new LossCurve(steps, values);
    }

    /** Returns the smallest power of two that keeps at most {@code maxPoints} multiples below {@link #size()}. */
    private int stride(int maxPoints) {
        int stride = 1;
        while ((size() - 1) / stride + 1 > maxPoints) {
            stride *= 2;
        }
        return stride;
    }
}
