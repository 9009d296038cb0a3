package org.losslandscape.view.training;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.losslandscape.model.training.HyperParameter;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.view.text.Messages;

/**
 * One optimizer's check box and, while it is checked, a field per hyper-parameter, built from
 * {@link OptimizerKind#hyperParameters()}. A value the model rejects shows the model's message
 * beside the field and leaves the settings unchanged. FX thread only.
 */
final class OptimizerForm extends VBox {

    private final OptimizerKind kind;
    private final Messages messages;
    private final CheckBox check = new CheckBox();
    private OptimizerSettings settings;

    /**
     * Creates the form with the optimizer's default settings.
     *
     * @param onChange called after the check box or a valid hyper-parameter changes
     */
    OptimizerForm(OptimizerKind kind, boolean selected, Messages messages, Runnable onChange) {
        this.kind = kind;
        this.messages = messages;
        this.settings = kind.defaultSettings();
        getStyleClass().add("optimizer-form");
        check.setId("optimizer-" + kind.key());
        check.setText(messages.get("optimizer." + kind.key()));
        check.setSelected(selected);
        check.selectedProperty().addListener((property, was, now) -> onChange.run());
        GridPane fields = createFields(messages, onChange);
        fields.visibleProperty().bind(check.selectedProperty());
        fields.managedProperty().bind(check.selectedProperty());
        getChildren().addAll(check, fields);
    }

    private GridPane createFields(Messages messages, Runnable onChange) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("hyper-parameters");
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (HyperParameter hyperParameter : kind.hyperParameters()) {
            String key = hyperParameter.key();
            NumberField field = new NumberField(kind.key() + "-" + key, hyperParameter.defaultValue(), messages,
                    value -> rejection(key, value), value -> {
                        settings = settings.with(key, value);
                        onChange.run();
                    });
            Label label = new Label(messages.get("hyper." + key));
            label.setLabelFor(field.textField());
            label.setMinWidth(USE_PREF_SIZE);
            grid.addRow(row++, label, field);
        }
        return grid;
    }

    /**
     * Returns a translated message when the model rejects {@code value} for {@code key}, naming
     * the valid range in interval notation, else {@code null}.
     */
    private String rejection(String key, double value) {
        HyperParameter hyperParameter = kind.hyperParameter(key);
        if (hyperParameter.accepts(value)) {
            return null;
        }
        String range = hyperParameter.rangeText().replace("infinity", "∞");
        return messages.format("hyper.outOfRange", messages.get("hyper." + key), range, NumberText.format(value));
    }

    /** Returns whether the optimizer is checked for training. */
    boolean isSelected() {
        return check.isSelected();
    }

    /** Returns the valid settings entered so far. */
    OptimizerSettings settings() {
        return settings;
    }
}
