package org.losslandscape.view.training;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.TrainingSnapshot;
import org.losslandscape.viewmodel.TrainingViewModel;

/**
 * The training side panel: playback buttons, speed, step counter and status, the loss by step
 * with its legend, and, in a scrolling part, the optimizers with their settings and the start
 * point. FX thread only; its bindings end with the window that owns {@code context}.
 */
public final class TrainingPanel extends VBox {

    private static final PseudoClass DIVERGED = PseudoClass.getPseudoClass("diverged");

    private final Messages messages;
    private final TrainingStatusText statusText;
    private final PlaybackControls playback;
    private final Label stepLabel = new Label();
    private final Label statusLabel = new Label();
    private final LossCurveChart lossChart;
    private final PathLegend legend;
    private final StartPointForm startPoint;

    /** Builds the panel and binds it to {@code training}'s snapshots through {@code context}. */
    public TrainingPanel(TrainingViewModel training, ViewContext context, Messages messages) {
        this.messages = messages;
        this.statusText = new TrainingStatusText(messages);
        this.playback = new PlaybackControls(training, messages);
        this.lossChart = new LossCurveChart(messages.get("training.lossChart.title"),
                messages.get("training.lossChart.x"), messages.get("training.lossChart.y"));
        this.legend = new PathLegend(messages);
        this.startPoint = new StartPointForm(training, messages);
        setId("training-panel");
        getStyleClass().add("training-panel");
        getChildren().addAll(createTitle(), playback, new SpeedControl(training, messages), createProgress(),
                lossChart, legend, createSettings(training));
        context.bind(training.snapshots(), this::show);
    }

    private Label createTitle() {
        Label title = new Label(messages.get("training.title"));
        title.getStyleClass().add("panel-title");
        return title;
    }

    private VBox createProgress() {
        stepLabel.setId("step-label");
        stepLabel.getStyleClass().add("step-count");
        stepLabel.setText(messages.format("training.stepCount", 0));
        statusLabel.setId("training-message");
        statusLabel.getStyleClass().add("training-message");
        statusLabel.setWrapText(true);
        statusLabel.setMinHeight(USE_PREF_SIZE);
        return new VBox(2, stepLabel, statusLabel);
    }

    private ScrollPane createSettings(TrainingViewModel training) {
        VBox content = new VBox(12, new OptimizerList(training, messages), startPoint);
        content.getStyleClass().add("training-settings");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("training-settings");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void show(TrainingSnapshot snapshot) {
        playback.show(snapshot);
        stepLabel.setText(messages.format("training.stepCount", snapshot.step()));
        String status = statusText.describe(snapshot);
        statusLabel.setText(status);
        statusLabel.pseudoClassStateChanged(DIVERGED, !snapshot.diverged().isEmpty());
        lossChart.show(snapshot.runs());
        legend.show(snapshot.runs());
        startPoint.show(snapshot.start());
    }
}
