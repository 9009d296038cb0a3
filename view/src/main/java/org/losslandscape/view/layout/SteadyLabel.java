package org.losslandscape.view.layout;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A label for text that changes on every move of the point, such as the loss, that keeps the
 * window's layout still while the text changes. FX thread only.
 *
 * <p>A managed label requests a layout pass of its parents whenever its text changes, and in
 * the explorer's window that pass recomputed the sizes of the panels around it on every move.
 * The label here is not managed, so a new text lays out only the label itself. This region's
 * preferred width is that of the widest text shown so far, at least the templates given, so it
 * only grows, and only then does it request a layout pass.
 */
public final class SteadyLabel extends FilledRegion {

    private final Label label;
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
    public SteadyLabel(String id, String styleClass, String... templates) {
        this(new Label(), id, styleClass, templates);
    }

    private SteadyLabel(Label label, String id, String styleClass, String... templates) {
        super(label);
        this.label = label;
        label.setId(id);
        label.getStyleClass().add(styleClass);
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

    /** Shows {@code text}, widening this region first if the text is wider than any before. */
    public void setText(String text) {
        label.setText(text);
        reserve(text);
    }

    /** Returns the shown text. */
    public String getText() {
        return label.getText();
    }

    /** Makes room for {@code text}, with a layout pass of the parents only when the region grows. */
    private void reserve(String text) {
        // NOTE: the width never shrinks, so after a long text the region keeps blank room until the window closes.
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
        return horizontalInsets() + label.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        double textWidth = label.snappedLeftInset() + widestText + label.snappedRightInset();
        return horizontalInsets() + Math.max(label.minWidth(-1), textWidth);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return verticalInsets() + label.prefHeight(-1);
    }

    @Override
    public double getBaselineOffset() {
        return snappedTopInset() + label.getBaselineOffset();
    }
}
