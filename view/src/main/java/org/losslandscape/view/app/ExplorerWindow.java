package org.losslandscape.view.app;

import io.reactivex.rxjava3.disposables.CompositeDisposable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.view.fx.FxSubscriptions;
import org.losslandscape.view.slices.SlicesView;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.GridState;

/**
 * The explorer's main window content: a heading with the network's formula, the four slice
 * charts with their sliders, the current loss and point, and a status bar with the grid's
 * progress.
 *
 * <p>FX thread only. {@link #dispose()} ends every subscription to the view-model.
 */
public final class ExplorerWindow extends BorderPane {

    private static final int LOSS_DECIMALS = 4;
    private static final int POINT_DECIMALS = 2;

    private final ExplorerViewModel viewModel;
    private final Messages messages;
    private final CompositeDisposable subscriptions = new CompositeDisposable();
    private final SlicesView slicesView;
    private final Label lossLabel = new Label();
    private final Label pointLabel = new Label();
    private final StatusBar statusBar = new StatusBar();

    /** Builds the window content and binds it to {@code viewModel}. */
    public ExplorerWindow(ExplorerViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.slicesView = new SlicesView(viewModel, messages);
        getStyleClass().add("explorer-window");
        setTop(createHeader());
        setCenter(slicesView);
        setBottom(new VBox(createReadout(), createStatusBar()));
        bindReadout();
        bindStatus();
    }

    private VBox createHeader() {
        Label heading = new Label(messages.get("app.heading"));
        heading.getStyleClass().add("heading");
        Label formula = new Label(messages.get("app.formula"));
        formula.getStyleClass().add("formula");
        VBox header = new VBox(2, heading, formula);
        header.setPadding(new Insets(10, 16, 4, 16));
        return header;
    }

    private HBox createReadout() {
        lossLabel.setId("loss-label");
        lossLabel.getStyleClass().add("loss");
        lossLabel.setText(messages.get("loss.pending"));
        pointLabel.setId("point-label");
        pointLabel.getStyleClass().add("point");
        HBox readout = new HBox(24, lossLabel, pointLabel);
        readout.setAlignment(Pos.BASELINE_LEFT);
        readout.setPadding(new Insets(6, 16, 8, 16));
        return readout;
    }

    private StatusBar createStatusBar() {
        statusBar.setId("status-bar");
        statusBar.setText("");
        return statusBar;
    }

    private void bindReadout() {
        subscriptions.add(FxSubscriptions.latestOnFx(viewModel.currentLoss(),
                loss -> lossLabel.setText(messages.format("loss.text", messages.number(loss, LOSS_DECIMALS)))));
        subscriptions.add(FxSubscriptions.latestOnFx(viewModel.currentPoint(), this::showPoint));
    }

    private void showPoint(ParameterPoint point) {
        StringBuilder text = new StringBuilder();
        for (Parameter parameter : Parameter.values()) {
            if (text.length() > 0) {
                text.append("    ");
            }
            text.append(messages.format("slider.value", messages.symbol(parameter),
                    messages.number(point.get(parameter), POINT_DECIMALS)));
        }
        pointLabel.setText(text.toString());
    }

    private void bindStatus() {
        long points = viewModel.axes().pointCount();
        subscriptions.add(FxSubscriptions.latestOnFx(viewModel.gridState(), state -> {
            if (state instanceof GridState.Computing computing) {
                statusBar.setProgress(computing.fraction());
                statusBar.setText(messages.format("status.computing", points, computing.fraction()));
            } else if (state instanceof GridState.Ready) {
                statusBar.setProgress(0);
                statusBar.setText(messages.format("status.ready", points));
            } else if (state instanceof GridState.Failed failed) {
                statusBar.setProgress(0);
                statusBar.setText(messages.format("status.failed", describe(failed.cause())));
            }
        }));
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** Returns the four-slice view. */
    public SlicesView slicesView() {
        return slicesView;
    }

    /** Ends this window's subscriptions to the view-model. */
    public void dispose() {
        subscriptions.dispose();
        slicesView.dispose();
    }
}
