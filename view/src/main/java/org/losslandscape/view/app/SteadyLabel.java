package org.losslandscape.view.app;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A label for text that changes on every move of the point, such as the loss, that keeps the
 * window's layout still while the text changes. FX thread only.
 *
 * <p>A managed label requests a layout pass of its parents whenever its text changes, and in
 * this window that pass recomputed the sizes of the panels around it on every move. The label here
 * is not managed, so a new text lays out only the label itself. This region's preferred width is
 * that of the widest text shown so far, at least the templates given, so it only grows, and only
 * then does it ask for a layout pass.
 */
final class SteadyLabel extends Region {

    private final Label label = new Label();
    private final Text measure = new Text();
    /** Texts that were the widest when shown or given, measured again when the font changes. */
    private final List<String> reserved = new ArrayList<>();
    private double widestText;

    /**
     * Creates an empty label.
     *
     * @param id          the inner label's id, by which tests and style sheets find it
     * @param styleClass  the inner label's style class
     * @param templates   texts as wide as the widest expected, which set the initial width
     */
    SteadyLabel(String id, String styleClass, String... templates) {
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        getChildren().add(label);
        // Style sheets set the font after construction, so the reserved texts are measured again then.
        label.fontProperty().addListener((property, oldFont, newFont) -> {
            widestText = 0;
            for (String text : reserved) {
                widestText = Math.max(widestText, textWidth(text));
            }
            requestLayout();
        });
        for (String template : templates) {
            reserve(template);
        }
    }

    /** Returns the inner label. */
    Label label() {
        return label;
    }

    /** Shows {@code text}, widening this region first if the text is wider than any before. */
    void setText(String text) {
        label.setText(text);
        reserve(text);
    }

    /** Returns the shown text. */
    String getText() {
        return label.getText();
    }

    /** Makes room for {@code text}, with a layout pass of the parents only when the region grows. */
    private void reserve(String text) {
        double width = textWidth(text);
        if (width > widestText) {
            widestText = width;
            reserved.add(text);
            requestLayout();
        }
    }

    private double textWidth(String text) {
        measure.setFont(label.getFont());
        measure.setText(text);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /** Returns the inner label's min width, so a narrow window may still shorten the text with an ellipsis. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + label.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double textWidth = label.snappedLeftInset() + widestText + label.snappedRightInset();
        return snappedLeftInset() + Math.max(label.minWidth(-1), textWidth) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + label.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        label.resizeRelocate(left, top, getWidth() - left - snappedRightInset(),
                getHeight() - top - snappedBottomInset());
    }

    @Override
    public double getBaselineOffset() {
        return snappedTopInset() + label.getBaselineOffset();
    }
}
