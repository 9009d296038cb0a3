package org.losslandscape.view.app;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.HashMap;
import java.util.Map;

/**
 * A choice of values per axis, from the lecture's 40 to 2,001. Each entry shows whether it
 * gets a precomputed grid or on-demand slices, as the memory budget decides. FX thread only.
 */
final class ResolutionChooser extends HBox {

    private final ExplorerViewModel viewModel;
    private final Messages messages;
    private final ComboBox<Integer> choice = new ComboBox<>();
    private final Map<Integer, Boolean> fitsBudget = new HashMap<>();

    ResolutionChooser(ExplorerViewModel viewModel, Messages messages, WindowViewContext context) {
        this.viewModel = viewModel;
        this.messages = messages;
        Label label = new Label(messages.get("resolution.label"));
        label.setLabelFor(choice);
        label.setMinWidth(USE_PREF_SIZE);
        choice.setId("resolution");
        choice.getItems().setAll(ExplorerViewModel.RESOLUTIONS);
        choice.setConverter(new Describer());
        choice.setButtonCell(new DescribedCell());
        choice.setCellFactory(list -> new DescribedCell());
        choice.setValue(viewModel.axes().w0().size());
        choice.setAccessibleText(messages.get("resolution.accessibleText"));
        choice.valueProperty().addListener((property, oldValue, newValue) -> {
            if (newValue != null) {
                viewModel.selectResolution(newValue);
            }
        });
        context.bind(viewModel.axesChanges(), axes -> choice.setValue(axes.w0().size()));
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        getChildren().addAll(label, choice);
    }

    private String describe(int valuesPerAxis) {
        // The budget and the range never change, so each resolution is checked once.
        boolean grid = fitsBudget.computeIfAbsent(valuesPerAxis, viewModel::fitsBudget);
        String key = grid ? "resolution.grid" : "resolution.onDemand";
        return messages.format(key, valuesPerAxis);
    }

    /** Shows each resolution with its mode, in the list and on the button. */
    private final class DescribedCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : describe(item));
        }
    }

    /** Converts for the combo box's accessibility text; the list is not editable. */
    private final class Describer extends StringConverter<Integer> {
        @Override
        public String toString(Integer valuesPerAxis) {
            return valuesPerAxis == null ? "" : describe(valuesPerAxis);
        }

        @Override
        public Integer fromString(String text) {
            throw new UnsupportedOperationException("The resolution list is not editable");
        }
    }
}
