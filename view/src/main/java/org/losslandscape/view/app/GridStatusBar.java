package org.losslandscape.view.app;

import org.controlsfx.control.StatusBar;
import org.losslandscape.model.grid.GridMemoryBudget;
import org.losslandscape.model.grid.GridTooLargeException;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.GridState;

/**
 * The status bar under the window: the grid's progress while it is computed, its size once
 * ready, the reason when slices are computed on demand instead, or the error that stopped it.
 * FX thread only.
 */
final class GridStatusBar extends StatusBar {

    private final ExplorerViewModel viewModel;
    private final Messages messages;

    GridStatusBar(ExplorerViewModel viewModel, Messages messages, WindowViewContext context) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("status-bar");
        setText("");
        context.bind(viewModel.gridState(), this::show);
    }

    private void show(GridState state) {
        long points = viewModel.axes().pointCount();
        if (state instanceof GridState.Computing computing) {
            setProgress(computing.fraction());
            setText(messages.format("status.computing", points, computing.fraction()));
        } else if (state instanceof GridState.Ready) {
            setProgress(0);
            setText(messages.format("status.ready", points));
        } else if (state instanceof GridState.OnDemand onDemand) {
            setProgress(0);
            GridTooLargeException reason = onDemand.reason();
            if (reason.beyondLargestArray()) {
                setText(messages.format("status.onDemandTooManyPoints", viewModel.axes().w0().size(), reason.points()));
            } else {
                setText(messages.format("status.onDemand", viewModel.axes().w0().size(), reason.points(),
                        GridMemoryBudget.formatBytes(reason.neededBytes(), messages.locale())));
            }
        } else if (state instanceof GridState.Failed failed) {
            setProgress(0);
            setText(messages.format("status.failed", describe(failed.cause())));
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
