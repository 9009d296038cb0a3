package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The point-by-point reference that the fast paths are checked against. */
final class NaiveReference {

    /** Largest difference allowed between a fast path and {@link TinyNetwork#loss}. */
    static final double REFERENCE_TOLERANCE = 1e-12;

    private NaiveReference() {
    }

    /** Asserts that every point of {@code grid} equals {@code network.loss} at its parameters. */
    static void assertMatchesNaive(LossGrid grid, TinyNetwork network) {
        GridAxes axes = grid.axes();
        int[] shape = axes.shape();
        int flat = 0;
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                for (int k = 0; k < shape[2]; k++) {
                    for (int l = 0; l < shape[3]; l++) {
                        double expected = network.loss(axes.w0().value(i), axes.b0().value(j),
                                axes.w1().value(k), axes.b1().value(l));
                        int position = flat++;
                        assertEquals(expected, grid.lossAt(position), REFERENCE_TOLERANCE,
                                () -> "loss at flat index " + position);
                    }
                }
            }
        }
    }

    /** Returns an axis of 1 to {@code maxSize} values starting in [−10, 10) with a step in [0.01, 1.01). */
    static ParameterAxis randomAxis(Random random, int maxSize) {
        return new ParameterAxis(-10 + 20 * random.nextDouble(), 0.01 + random.nextDouble(), 1 + random.nextInt(maxSize));
    }

    /** Returns a network with a Gaussian input and a target in [0, 1). */
    static TinyNetwork randomNetwork(Random random) {
        return new TinyNetwork(random.nextGaussian(), random.nextDouble());
    }
}
