package org.losslandscape.model.training;

import org.losslandscape.model.ParameterPoint;

/** Conversion from the four-element arrays that the update loops work on, in axis order, to points. */
final class Vectors {

    private Vectors() {
    }

    /** Creates a point from {@code values} = {w0, b0, w1, b1}. Does not modify the array. */
    static ParameterPoint toPoint(double[] values) {
        return new ParameterPoint(values[0], values[1], values[2], values[3]);
    }
}
