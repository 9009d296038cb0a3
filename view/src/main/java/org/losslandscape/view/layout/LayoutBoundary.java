package org.losslandscape.view.layout;

import javafx.scene.layout.Region;

/**
 * A region that contains one node, fills itself with it, and keeps the node's layout requests
 * from reaching the rest of the window. FX thread only.
 *
 * <p>A chart requests a layout pass whenever an axis changes its range, and a slider whenever
 * its thumb moves. A managed node passes that request up to the window's root, and each
 * container on the way then lays out all of its children again. The node here is not managed, which makes it a layout root: its own layout
 * runs, and the containers around it are only walked through. Its size preferences are read when
 * this region is laid out, so a change in them takes effect with the next layout of the window.
 */
public final class LayoutBoundary extends FilledRegion {

    private final Region content;

    /** Wraps {@code content}, which becomes unmanaged and must not be added anywhere else. */
    public LayoutBoundary(Region content) {
        super(content);
        this.content = content;
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontalInsets() + content.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontalInsets() + content.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return verticalInsets() + content.minHeight(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return verticalInsets() + content.prefHeight(-1);
    }
}
