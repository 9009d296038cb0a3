package org.losslandscape.view.training;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.RunState;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend of the training paths and loss curves: a colour swatch and the optimizer's name
 * per run, the first marked as the one that moves the markers. FX thread only.
 */
final class PathLegend extends FlowPane {

    private final Messages messages;
    private List<String> shownIds = List.of();

    PathLegend(Messages messages) {
        this.messages = messages;
        setId("path-legend");
        setHgap(14);
        setVgap(2);
    }

    /** Shows one entry per run, rebuilding only when the runs change. */
    void show(List<RunState> runs) {
        List<String> ids = runs.stream().map(RunState::id).toList();
        if (ids.equals(shownIds)) {
            return;
        }
        shownIds = ids;
        List<Label> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            entries.add(entry(ids.get(i), i == 0));
        }
        getChildren().setAll(entries);
    }

    private Label entry(String id, boolean driver) {
        String name = messages.get("optimizer." + id);
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", "path-" + id);
        Label label = new Label(driver ? messages.format("training.legend.driver", name) : name, swatch);
        label.setWrapText(true);
        label.setId("legend-" + id);
        return label;
    }
}
