package org.losslandscape.benchmarks;

import org.losslandscape.model.TinyNetwork;

import java.util.stream.IntStream;

/**
 * The model's first grid engine, kept as the baseline: one parallel task per (w0, b0) block,
 * e^(−b1) per grid and e^(−w1·h) per row, and a branch on the fallback formula inside the row
 * loop. Progress and cancellation are left out.
 */
final class FirstEngine {

    private static final double SEPARABLE_LIMIT = 300.0;

    private FirstEngine() {
    }

    /** Fills {@code losses}, in C order over (w0, b0, w1, b1), the way the first engine did. */
    static void fill(TinyNetwork network, double[] w0, double[] b0, double[] w1, double[] b1, double[] losses) {
        double[] expMinusB1 = new double[b1.length];
        for (int l = 0; l < b1.length; l++) {
            expMinusB1[l] = Math.exp(-b1[l]);
        }
        boolean separable = maxAbs(w1) <= SEPARABLE_LIMIT && maxAbs(b1) <= SEPARABLE_LIMIT;
        IntStream.range(0, w0.length * b0.length).parallel().forEach(block -> {
            double h = network.hidden(w0[block / b0.length], b0[block % b0.length]);
            double y = network.target();
            int offset = block * w1.length * b1.length;
            for (int k = 0; k < w1.length; k++) {
                int row = offset + k * b1.length;
                if (separable) {
                    double expMinusW1h = Math.exp(-w1[k] * h);
                    for (int l = 0; l < b1.length; l++) {
                        double error = y - 1.0 / (1.0 + expMinusW1h * expMinusB1[l]);
                        losses[row + l] = error * error;
                    }
                } else {
                    for (int l = 0; l < b1.length; l++) {
                        double error = y - TinyNetwork.sigmoid(w1[k] * h + b1[l]);
                        losses[row + l] = error * error;
                    }
                }
            }
        });
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
