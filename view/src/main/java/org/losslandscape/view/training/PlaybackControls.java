package org.losslandscape.view.training;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.TrainingSnapshot;
import org.losslandscape.viewmodel.TrainingViewModel;

/**
 * Play or pause, single step and reset. Play and Step are disabled while no run accepts a
 * step; Reset always works. FX thread only.
 */
final class PlaybackControls extends HBox {

    private final Messages messages;
    private final Button play = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private boolean playing;

    PlaybackControls(TrainingViewModel training, Messages messages) {
        this.messages = messages;
        setSpacing(8);
        getStyleClass().add("playback-controls");
        play.setId("play-button");
        play.setText(messages.get("training.play"));
        play.setDefaultButton(false);
        play.setOnAction(event -> {
            if (playing) {
                training.pause();
            } else {
                training.play();
            }
        });
        step.setId("step-button");
        step.setText(messages.get("training.step"));
        step.setOnAction(event -> training.step());
        reset.setId("reset-button");
        reset.setText(messages.get("training.reset"));
        reset.setOnAction(event -> training.reset());
        getChildren().addAll(play, step, reset);
    }

    /** Shows whether training plays and whether a step is possible. */
    void show(TrainingSnapshot snapshot) {
        playing = snapshot.playing();
        play.setText(messages.get(playing ? "training.pause" : "training.play"));
        play.setDisable(!playing && !snapshot.canStep());
        step.setDisable(!snapshot.canStep());
    }
}
