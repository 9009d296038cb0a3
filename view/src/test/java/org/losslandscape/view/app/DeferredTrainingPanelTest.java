package org.losslandscape.view.app;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.view.slices.SliceChart;
import org.losslandscape.view.spi.ExplorerViewProvider;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.view.text.Messages;
import org.losslandscape.view.training.TrainingPanel;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window as the app shows it: the training panel arrives after the first frame with filled charts. */
@ExtendWith(ApplicationExtension.class)
class DeferredTrainingPanelTest {

    private static final long TIMEOUT_SECONDS = 10;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;
    private ExplorerWindow window;
    /** Set by a post-layout listener when it finds the panel while a chart is still empty. */
    private final AtomicBoolean panelBeforeCharts = new AtomicBoolean();
    /** Width of the w0 chart in the last layout with the placeholder, NaN before. */
    private volatile double chartWidthWithPlaceholder = Double.NaN;

    @Start
    void start(Stage stage) {
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(), OptimizerKind::key);
        window = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH), ViewProviders.discover());
        Scene scene = LossExplorerApp.createScene(window);
        stage.setScene(scene);
        window.deferTrainingPanel();
        scene.addPostLayoutPulseListener(() -> {
            boolean panelShown = scene.lookup("#training-panel") != null;
            if (panelShown && !ExplorerWindow.sliceChartsFilled(scene)) {
                panelBeforeCharts.set(true);
            }
            if (scene.lookup("#" + ExplorerWindow.PANEL_PLACEHOLDER_ID) != null) {
                chartWidthWithPlaceholder = ((SliceChart) scene.lookup("#chart-w0")).getWidth();
            }
        });
        stage.show();
        viewModel.computeGrid();
    }

    @AfterEach
    void closeViewModels() {
        training.close();
        viewModel.close();
    }

    @Test
    void panelReplacesPlaceholderAfterChartsFill(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#training-panel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(panelBeforeCharts.get(), "the panel appeared before the charts were filled");
        assertTrue(robot.lookup("#" + ExplorerWindow.PANEL_PLACEHOLDER_ID).tryQuery().isEmpty(), "placeholder removed");
        TrainingPanel panel = robot.lookup("#training-panel").queryAs(TrainingPanel.class);
        assertEquals(350, panel.getWidth(), 0.5);
        for (Parameter parameter : Parameter.values()) {
            SliceChart chart = robot.lookup("#chart-" + parameter.key()).queryAs(SliceChart.class);
            assertFalse(chart.series().getData().isEmpty(), parameter + " chart filled");
        }
    }

    @Test
    void chartsKeepWidthWhenPanelArrives(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#training-panel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        SliceChart chart = robot.lookup("#chart-w0").queryAs(SliceChart.class);
        assertEquals(chartWidthWithPlaceholder, chart.getWidth(), 0.0);
    }

    @Test
    void toggleHidesArrivedPanel(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#training-panel").tryQuery().isPresent());

        robot.clickOn("#training-toggle");

        Node panel = robot.lookup("#training-panel").query();
        waitUntil(() -> !panel.isVisible());
        assertFalse(robot.lookup("#training-toggle").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void narrowWindowHidesPanelBeforeChartsReachIt(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#training-panel").tryQuery().isPresent());
        Stage stage = (Stage) window.getScene().getWindow();
        Node panel = robot.lookup("#training-panel").query();
        SliceChart lastChart = robot.lookup("#chart-b1").queryAs(SliceChart.class);

        robot.interact(() -> stage.setWidth(ExplorerWindow.PANEL_MIN_WINDOW_WIDTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.isVisible(), "panel shown at the threshold");
        Bounds chart = lastChart.localToScene(lastChart.getBoundsInLocal());
        Bounds beside = panel.localToScene(panel.getBoundsInLocal());
        assertTrue(chart.getMaxX() <= beside.getMinX(), "b1 chart ends at " + chart.getMaxX()
                + ", the panel starts at " + beside.getMinX());

        robot.interact(() -> stage.setWidth(ExplorerWindow.PANEL_MIN_WINDOW_WIDTH - 1));
        waitUntil(() -> !panel.isVisible());
        robot.interact(() -> stage.setWidth(1280));
        waitUntil(panel::isVisible);
    }

    @Test
    void panelArrivesWhenChartsNeverFill(FxRobot robot) throws TimeoutException {
        // The only view is a slice chart that no slice ever reaches, so only the time limit brings the panel.
        ExplorerViewProvider emptyChart = new ExplorerViewProvider() {
            @Override
            public String id() {
                return "empty-chart";
            }

            @Override
            public String displayName(Locale locale) {
                return "Empty chart";
            }

            @Override
            public Node createView(ViewContext context) {
                return new SliceChart(Parameter.W0, "w₀", "Error");
            }
        };
        ExplorerViewModel idle = ExplorerViewModel.lecture(Schedulers.computation());
        TrainingViewModel idleTraining = new TrainingViewModel(idle, Schedulers.single(), OptimizerKind::key);
        Stage[] stage = new Stage[1];
        ExplorerWindow[] idleWindow = new ExplorerWindow[1];
        robot.interact(() -> {
            idleWindow[0] = new ExplorerWindow(idle, idleTraining, Messages.forLocale(Locale.ENGLISH),
                    List.of(emptyChart));
            stage[0] = new Stage();
            stage[0].setScene(LossExplorerApp.createScene(idleWindow[0]));
            idleWindow[0].deferTrainingPanel();
            stage[0].show();
        });
        try {
            Scene scene = stage[0].getScene();
            long limitMillis = (long) ExplorerWindow.PANEL_DEFERRAL_LIMIT.toMillis();
            WaitForAsyncUtils.waitFor(limitMillis + TIMEOUT_SECONDS * 1000, TimeUnit.MILLISECONDS,
                    () -> scene.lookup("#training-panel") != null);

            assertFalse(ExplorerWindow.sliceChartsFilled(scene), "chart still empty");
            assertTrue(scene.lookup("#" + ExplorerWindow.PANEL_PLACEHOLDER_ID) == null, "placeholder removed");
        } finally {
            robot.interact(() -> {
                stage[0].close();
                idleWindow[0].dispose();
            });
            idleTraining.close();
            idle.close();
        }
    }

    @Test
    void deferringOutsideSceneIsRejected() {
        ExplorerWindow detached = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH),
                ViewProviders.discover());

        IllegalStateException error = assertThrows(IllegalStateException.class, detached::deferTrainingPanel);

        detached.dispose();
        assertTrue(error.getMessage().contains("must be in a scene"), error.getMessage());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
