package org.losslandscape.model.grid;

import org.losslandscape.model.TinyNetwork;

/**
 * Access for the benchmarks to the engine with block sharing turned off, which the model
 * keeps package-private. This class shares the model's package, which works because the
 * benchmarks run from the classpath, where packages are not sealed by module descriptors.
 */
public final class EveryBlockEngine {

    private EveryBlockEngine() {
    }

    /** Computes and stores every block of the grid into {@code buffers}, sharing none. */
    public static LossGrid compute(TinyNetwork network, GridAxes axes, GridBuffers buffers) {
        return LossGridComputer.computeEveryBlock(network, axes, buffers);
    }
}
