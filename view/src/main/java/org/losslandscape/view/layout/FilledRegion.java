package org.losslandscape.view.layout;

import javafx.scene.layout.Region;

/**
 * A region with one child that is not managed and fills the region within its insets. The
 * child is a layout root, so its layout requests stop at it. Subclasses set the region's size
 * preferences. FX thread only.
 */
abstract class FilledRegion extends Region {

    private final Region child;

    /** Adds {@code child}, which becomes unmanaged and must not be added anywhere else. */
    FilledRegion(Region child) {
        this.child = child;
        child.setManaged(false);
        getChildren().add(child);
    }

    /** Returns the sum of the left and right insets. */
    final double horizontalInsets() {
        return snappedLeftInset() + snappedRightInset();
    }

    /** Returns the sum of the top and bottom insets. */
    final double verticalInsets() {
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected final void layoutChildren() {
        child.resizeRelocate(snappedLeftInset(), snappedTopInset(), getWidth() - horizontalInsets(),
                getHeight() - verticalInsets());
    }
}
