package org.losslandscape.model.training;

import org.losslandscape.model.ParameterPoint;

/** Conversions between points and the four-element arrays the update loops work on, in axis order. */
final class Vectors {

    private Vectors() {
    }

    /** Creates a point from {@code values} = {w0, b0, w1, b1}. Does not modify the array. */
    static ParameterPoint toPoint(double[] values) {
        return new ParameterPoint(values[0], values[1], values[2], values[3]);
    }
}
