package org.losslandscape.view.training;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.TrainingViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The five optimizers as check boxes with their settings, in {@link OptimizerKind} order.
 * Every change sends the checked optimizers' settings to the view-model, which resets
 * training; the first checked one moves the markers. Gradient descent is checked at first,
 * matching the view-model's initial selection. FX thread only.
 */
final class OptimizerList extends VBox {

    private final TrainingViewModel training;
    private final List<OptimizerForm> forms = new ArrayList<>();

    OptimizerList(TrainingViewModel training, Messages messages) {
        this.training = training;
        setId("optimizer-list");
        setSpacing(4);
        Label title = new Label(messages.get("training.optimizers"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("training.optimizers.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, hint);
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerForm form = new OptimizerForm(kind, kind == OptimizerKind.GRADIENT_DESCENT, messages,
                    this::sendSelection);
            forms.add(form);
            getChildren().add(form);
        }
    }

    private void sendSelection() {
        List<OptimizerSettings> selected = new ArrayList<>();
        for (OptimizerForm form : forms) {
            if (form.isSelected()) {
                selected.add(form.settings());
            }
        }
        training.selectOptimizers(selected);
    }
}
