package org.losslandscape.view.heatmap;

import javafx.scene.paint.Color;

/**
 * Colours for paths drawn over the heatmap, distinguishable with the common forms of colour
 * blindness: the Okabe–Ito palette without its yellow and black, which vanish on the viridis
 * map's bright and dark ends. Immutable.
 */
final class PathColours {

    private static final Color[] PALETTE = {
        Color.web("#E69F00"),
        Color.web("#56B4E9"),
        Color.web("#D55E00"),
        Color.web("#CC79A7"),
        Color.web("#009E73"),
        Color.web("#0072B2"),
    };

    private PathColours() {
    }

    /** Returns the colour of the path at {@code index} in the list of paths; colours repeat after six. */
    static Color of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
