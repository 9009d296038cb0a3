package org.losslandscape.view.training;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.losslandscape.view.text.Messages;

import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;

/**
 * A text field for one number, with its error message below it.
 *
 * <p>The field commits when the user presses Enter or leaves it. A valid new value goes to
 * {@code onCommit}; an unchanged value does nothing. Text that is no number, or a value that
 * the validator rejects, shows the message below the field in red and keeps both the typed
 * text, so it can be corrected, and the last valid value. FX thread only.
 */
final class NumberField extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Messages messages;
    private final DoubleFunction<String> validator;
    private final DoubleConsumer onCommit;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private double value;

    /**
     * Creates the field showing {@code initial}.
     *
     * @param id        node id of the text field; the message label's id is {@code id + "-error"}
     * @param validator returns the message for an invalid value, {@code null} for a valid one
     * @param onCommit  receives each valid value that differs from the last one
     */
    NumberField(String id, double initial, Messages messages, DoubleFunction<String> validator,
                DoubleConsumer onCommit) {
        this.messages = messages;
        this.validator = validator;
        this.onCommit = onCommit;
        field.setId(id);
        field.setPrefColumnCount(7);
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((property, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                show(value);
            }
        });
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(field, error);
        show(initial);
    }

    /** Shows {@code shown} as the valid value and clears any message, without calling {@code onCommit}. */
    void show(double shown) {
        value = shown;
        field.setText(NumberText.format(shown));
        clearError();
    }

    /** Returns the last valid value. */
    double value() {
        return value;
    }

    /** Returns the text field, for labels and tests. */
    TextField textField() {
        return field;
    }

    private void commit() {
        OptionalDouble parsed = NumberText.parse(field.getText());
        if (parsed.isEmpty()) {
            String text = field.getText().strip();
            showError(text.isEmpty() ? messages.get("field.missing") : messages.format("field.notNumber", text));
            return;
        }
        String problem = validator.apply(parsed.getAsDouble());
        if (problem != null) {
            showError(problem);
            return;
        }
        clearError();
        if (parsed.getAsDouble() != value) {
            value = parsed.getAsDouble();
            onCommit.accept(value);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        field.pseudoClassStateChanged(INVALID, true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
        field.pseudoClassStateChanged(INVALID, false);
    }
}
