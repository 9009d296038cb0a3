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
public final class LayoutBoundary extends Region {

    private final Region content;

    /** Wraps {@code content}, which becomes unmanaged and must not be added anywhere else. */
    public LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + content.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + content.minHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + content.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        content.resizeRelocate(left, top, getWidth() - left - snappedRightInset(),
                getHeight() - top - snappedBottomInset());
    }
}
