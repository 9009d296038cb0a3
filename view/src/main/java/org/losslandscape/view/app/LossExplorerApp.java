package org.losslandscape.view.app;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.TrainingViewModel;

import java.util.Objects;

/**
 * The JavaFX application: opens the explorer window and starts the grid computation.
 * Its life-cycle methods run on the FX thread. Training steps run on RxJava's single-thread
 * scheduler, off the FX thread and apart from the computation scheduler that computes the grid.
 */
public final class LossExplorerApp extends Application {

    /** Default window size, a 16:9 shape that fits a 1280 × 720 projector. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 720;
    /** Smallest window in which the charts, sliders, loss and status bar all stay readable. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 640;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;
    private ExplorerWindow window;

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forDefaultLocale();
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(),
                kind -> messages.get("optimizer." + kind.key()));
        window = new ExplorerWindow(viewModel, training, messages, ViewProviders.discover());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(createScene(window));
        window.deferTrainingPanel();
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (getParameters().getRaw().contains(StartupReport.OPTION)) {
            // A command-line report: its one JSON line belongs on standard output.
            StartupReport.attach(stage.getScene(), viewModel.axes().w0().size(), System.out);
        }
        // The grid is computed on other threads while the FX thread styles and lays out the window.
        viewModel.computeGrid();
        stage.show();
    }

    /** Creates the scene for {@code window} with the explorer's stylesheet. */
    static Scene createScene(ExplorerWindow window) {
        Scene scene = new Scene(window, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        return scene;
    }

    /** Returns the URL of the explorer's stylesheet. */
    static String stylesheet() {
        return Objects.requireNonNull(LossExplorerApp.class.getResource("explorer.css"),
                "explorer.css missing from the view module").toExternalForm();
    }

    // NOTE: a window destroyed without a close request, as xdotool windowclose does on Xvfb, never reaches this.
    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (training != null) {
            training.close();
        }
        if (viewModel != null) {
            viewModel.close();
        }
    }
}
