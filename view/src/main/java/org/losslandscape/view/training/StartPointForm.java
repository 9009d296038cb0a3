package org.losslandscape.view.training;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.TrainingViewModel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The start point of training: four fields to type coordinates into, and buttons for the
 * lecture's initial weights and for the sliders' current point. A coordinate beyond
 * ±{@link TrainingViewModel#START_BOUND} or no number shows a message beside its field and
 * keeps the previous start. FX thread only.
 */
final class StartPointForm extends VBox {

    private final TrainingViewModel training;
    private final Messages messages;
    private final Map<Parameter, NumberField> fields = new EnumMap<>(Parameter.class);
    private ParameterPoint shown = ParameterPoint.LECTURE_START;

    StartPointForm(TrainingViewModel training, Messages messages) {
        this.training = training;
        this.messages = messages;
        setId("start-point-form");
        setSpacing(4);
        Label title = new Label(messages.get("training.start"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, createFields(), createButtons());
    }

    private GridPane createFields() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        for (Parameter parameter : Parameter.values()) {
            NumberField field = new NumberField("start-" + parameter.key(), shown.get(parameter), messages,
                    this::rejection, value -> training.selectStart(shown.with(parameter, value)));
            Label label = new Label(messages.symbol(parameter));
            label.setLabelFor(field.textField());
            fields.put(parameter, field);
            int column = 2 * (parameter.ordinal() % 2);
            grid.add(label, column, parameter.ordinal() / 2);
            grid.add(field, column + 1, parameter.ordinal() / 2);
        }
        return grid;
    }

    private HBox createButtons() {
        Button lecture = new Button(messages.get("training.start.lecture"));
        lecture.setId("start-lecture");
        lecture.setOnAction(event -> training.selectStart(ParameterPoint.LECTURE_START));
        Button current = new Button(messages.get("training.start.current"));
        current.setId("start-current");
        current.setOnAction(event -> training.selectStartAtCurrentPoint());
        return new HBox(8, lecture, current);
    }

    private String rejection(double value) {
        if (Math.abs(value) <= TrainingViewModel.START_BOUND) {
            return null;
        }
        return messages.format("field.outOfRange", NumberText.format(value),
                NumberText.format(TrainingViewModel.START_BOUND));
    }

    /** Shows {@code start} in the fields when it differs from what they show, clearing their messages. */
    void show(ParameterPoint start) {
        if (start.equals(shown)) {
            return;
        }
        shown = start;
        for (Parameter parameter : Parameter.values()) {
            fields.get(parameter).show(start.get(parameter));
        }
    }
}
