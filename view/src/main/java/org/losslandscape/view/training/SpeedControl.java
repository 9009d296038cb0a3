package org.losslandscape.view.training;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.TrainingViewModel;

/**
 * Playback speed on a logarithmic scale: a slider over the steps per second 1, 2, 5, 10, …,
 * 1000, with the chosen speed beside it. FX thread only.
 */
final class SpeedControl extends HBox {

    /** The selectable speeds in steps per second, from the view-model's minimum to its maximum. */
    static final double[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    private final Messages messages;
    private final Slider slider = new Slider(0, SPEEDS.length - 1, indexOf(TrainingViewModel.DEFAULT_STEPS_PER_SECOND));
    private final Label value = new Label();

    SpeedControl(TrainingViewModel training, Messages messages) {
        this.messages = messages;
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(messages.get("training.speed"));
        title.setLabelFor(slider);
        slider.setId("speed-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setAccessibleText(messages.get("training.speed"));
        slider.valueProperty().addListener((property, was, now) -> {
            double speed = SPEEDS[(int) Math.round(now.doubleValue())];
            training.selectSpeed(speed);
            showSpeed(speed);
        });
        value.setId("speed-label");
        value.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(slider, Priority.ALWAYS);
        showSpeed(TrainingViewModel.DEFAULT_STEPS_PER_SECOND);
        getChildren().addAll(title, slider, value);
    }

    private void showSpeed(double speed) {
        value.setText(messages.format("training.speed.value", NumberText.format(speed)));
    }

    private static int indexOf(double speed) {
        for (int i = 0; i < SPEEDS.length; i++) {
            if (SPEEDS[i] == speed) {
                return i;
            }
        }
        throw new IllegalArgumentException("Speed " + speed + " is not one of the slider's speeds");
    }
}
