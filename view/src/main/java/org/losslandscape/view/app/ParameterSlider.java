package org.losslandscape.view.app;

import javafx.geometry.Pos;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.view.layout.LayoutBoundary;
import org.losslandscape.view.layout.SteadyLabel;
import org.losslandscape.view.text.Messages;

import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * A slider over one parameter with the parameter's value beside it, in one of two modes.
 *
 * <p>On a grid, the slider runs over the axis's indices and snaps to whole ones: a drag, a
 * click on the track and the arrow keys all move it one grid value at a time. Without a grid
 * (on-demand slices), it runs continuously over the axis's range and the arrow keys move it by
 * a hundredth of the range. FX thread only.
 */
final class ParameterSlider extends HBox {

    private static final int GRID_DECIMALS = 2;
    private static final int CONTINUOUS_DECIMALS = 3;
    private static final double CONTINUOUS_KEY_STEPS = 100;

    private final Parameter parameter;
    private final Messages messages;
    private final Slider slider = new Slider();
    private final SteadyLabel valueLabel;
    private ParameterAxis axis;
    private boolean continuous;
    /** True while the thumb follows a point set elsewhere, so the move is not sent back as input. */
    private boolean following;

    /**
     * Creates the slider on {@code axis} in grid mode, at {@code value}.
     *
     * @param onIndexChosen called in grid mode with each new whole index the user picks
     * @param onValueChosen called in continuous mode with each value the user picks
     */
    ParameterSlider(Parameter parameter, ParameterAxis axis, double value, Messages messages,
                    IntConsumer onIndexChosen, DoubleConsumer onValueChosen) {
        this.parameter = parameter;
        this.messages = messages;
        slider.setId("slider-" + parameter.key());
        slider.setFocusTraversable(true);
        slider.valueProperty().addListener((property, oldValue, newValue) -> {
            if (following) {
                return;
            }
            if (continuous) {
                onValueChosen.accept(newValue.doubleValue());
            } else if (Math.round(newValue.doubleValue()) != Math.round(oldValue.doubleValue())) {
                onIndexChosen.accept((int) Math.round(newValue.doubleValue()));
            }
        });
        // The widest value on the lecture's range, in the continuous mode's format.
        valueLabel = new SteadyLabel("value-" + parameter.key(), "parameter-value",
                messages.format("slider.value", messages.symbol(parameter), messages.number(-8.888, CONTINUOUS_DECIMALS)));
        configure(axis, false, value);
        // The boundary keeps each move of the thumb from laying out the window again.
        LayoutBoundary track = new LayoutBoundary(slider);
        HBox.setHgrow(track, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getStyleClass().add("parameter-slider");
        getChildren().addAll(track, valueLabel);
    }

    /** Switches to {@code axis} in grid or continuous mode, with the thumb at {@code value}. */
    void configure(ParameterAxis axis, boolean continuous, double value) {
        this.axis = axis;
        this.continuous = continuous;
        following = true;
        try {
            if (continuous) {
                slider.setMin(axis.start());
                slider.setMax(axis.last());
                slider.setSnapToTicks(false);
                slider.setMajorTickUnit((axis.last() - axis.start()) / 8);
                slider.setBlockIncrement((axis.last() - axis.start()) / CONTINUOUS_KEY_STEPS);
            } else {
                slider.setMin(0);
                slider.setMax(axis.size() - 1);
                slider.setMajorTickUnit(1);
                slider.setMinorTickCount(0);
                slider.setSnapToTicks(true);
                slider.setBlockIncrement(1);
            }
        } finally {
            following = false;
        }
        String accessibleKey = continuous ? "slider.accessibleText.continuous" : "slider.accessibleText";
        slider.setAccessibleText(messages.format(accessibleKey, messages.symbol(parameter), axis.size() - 1));
        follow(value);
    }

    /**
     * Moves the thumb to {@code value}, or to the nearest grid index in grid mode, without
     * reporting it as the user's choice, and shows the exact value beside the slider.
     */
    void follow(double value) {
        double position = continuous ? value : axis.nearestIndex(value);
        // While the user drags the thumb, the thumb stays under the pointer; the slider snaps to
        // the grid when the drag ends.
        if (slider.getValue() != position && !slider.isValueChanging()) {
            following = true;
            try {
                slider.setValue(position);
            } finally {
                following = false;
            }
        }
        int decimals = continuous ? CONTINUOUS_DECIMALS : GRID_DECIMALS;
        valueLabel.setText(messages.format("slider.value", messages.symbol(parameter), messages.number(value, decimals)));
    }

    /** Returns the slider control. */
    Slider slider() {
        return slider;
    }
}
