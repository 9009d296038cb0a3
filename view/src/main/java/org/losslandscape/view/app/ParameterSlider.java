package org.losslandscape.view.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.view.text.Messages;

import java.util.function.IntConsumer;

/**
 * A slider over one parameter's grid indices with the parameter's value beside it.
 *
 * <p>The slider snaps to whole indices; a drag, a click on the track and the arrow keys all
 * move it one index at a time. FX thread only.
 */
final class ParameterSlider extends HBox {

    private static final int VALUE_DECIMALS = 2;

    private final Parameter parameter;
    private final ParameterAxis axis;
    private final Messages messages;
    private final Slider slider;
    private final Label valueLabel = new Label();
    /** True while the thumb follows a point set elsewhere, so the move is not sent back as input. */
    private boolean following;

    /**
     * Creates the slider at {@code initialIndex}.
     *
     * @param onIndexChanged called with each new whole index chosen by the user
     */
    ParameterSlider(Parameter parameter, ParameterAxis axis, int initialIndex, Messages messages,
                           IntConsumer onIndexChanged) {
        this.parameter = parameter;
        this.axis = axis;
        this.messages = messages;
        this.slider = createSlider(initialIndex);
        slider.valueProperty().addListener((property, oldValue, newValue) -> {
            int index = (int) Math.round(newValue.doubleValue());
            if (!following && index != (int) Math.round(oldValue.doubleValue())) {
                onIndexChanged.accept(index);
            }
        });
        valueLabel.setId("value-" + parameter.key());
        valueLabel.getStyleClass().add("parameter-value");
        valueLabel.setMinWidth(USE_PREF_SIZE);
        follow(initialIndex, axis.value(initialIndex));
        HBox.setHgrow(slider, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getStyleClass().add("parameter-slider");
        getChildren().addAll(slider, valueLabel);
    }

    private Slider createSlider(int initialIndex) {
        Slider control = new Slider(0, axis.size() - 1, initialIndex);
        control.setId("slider-" + parameter.key());
        control.setBlockIncrement(1);
        control.setMajorTickUnit(1);
        control.setMinorTickCount(0);
        control.setSnapToTicks(true);
        control.setFocusTraversable(true);
        control.setAccessibleText(messages.format("slider.accessibleText", messages.symbol(parameter), axis.size() - 1));
        return control;
    }

    /**
     * Moves the thumb to {@code index} without reporting it as the user's choice, and shows
     * {@code value}, the parameter's exact value, which may lie between grid values.
     */
    void follow(int index, double value) {
        if ((int) Math.round(slider.getValue()) != index) {
            following = true;
            try {
                slider.setValue(index);
            } finally {
                following = false;
            }
        }
        valueLabel.setText(messages.format("slider.value", messages.symbol(parameter),
                messages.number(value, VALUE_DECIMALS)));
    }

    /** Returns the slider control. */
    Slider slider() {
        return slider;
    }
}
