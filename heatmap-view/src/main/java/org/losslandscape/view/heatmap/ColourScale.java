package org.losslandscape.view.heatmap;

import org.losslandscape.viewmodel.LossMap;

/**
 * Maps losses to viridis colours: the map's smallest loss to the darkest colour, its largest
 * to the brightest, linearly in between. A flat map, whose smallest and largest losses are
 * equal, shows the middle colour everywhere. Immutable.
 *
 * @param min the loss shown darkest
 * @param max the loss shown brightest, at least {@code min}
 */
record ColourScale(double min, double max) {

    /** Returns the scale of {@code map}'s own range. */
    static ColourScale of(LossMap map) {
        return new ColourScale(map.min(), map.max());
    }

    /** Returns where {@code loss} lies between min (0) and max (1); 0.5 on a flat map. */
    double fraction(double loss) {
        double range = max - min;
        return range > 0 ? (loss - min) / range : 0.5;
    }

    /** Returns the colour of {@code loss} as opaque ARGB. */
    int argb(double loss) {
        return Viridis.argb(fraction(loss));
    }

    /** Returns {@code true} when every loss of the scale is the same. */
    boolean flat() {
        return !(max > min);
    }
}
