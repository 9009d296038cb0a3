package org.losslandscape.view.app;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.view.slices.SliceChart;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the resolution choice in the real window: on-demand slices with continuous sliders, and back. */
@ExtendWith(ApplicationExtension.class)
class ResolutionChooserTest {

    private static final long TIMEOUT_SECONDS = 10;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(), OptimizerKind::key);
        ExplorerWindow window = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH),
                ViewProviders.discover());
        stage.setScene(LossExplorerApp.createScene(window));
        stage.show();
        viewModel.computeGrid();
    }

    @BeforeEach
    void waitForGrid(FxRobot robot) throws TimeoutException {
        waitUntil(() -> status(robot).startsWith("Grid ready"));
    }

    @AfterEach
    void closeViewModels() {
        training.close();
        viewModel.close();
    }

    @Test
    void finestResolutionGivesContinuousSliders(FxRobot robot) throws TimeoutException {
        chooseResolution(robot, "2,001 per axis (on demand)");

        waitUntil(() -> status(robot).startsWith("On-demand slices at 2,001 values per axis"));
        assertTrue(status(robot).endsWith("16,032,024,008,001 points are too many for a grid."), status(robot));
        Slider w0 = robot.lookup("#slider-w0").queryAs(Slider.class);
        assertEquals(-4.0, w0.getMin(), 0.0);
        assertFalse(w0.isSnapToTicks(), "continuous slider must not snap");
        SliceChart chart = robot.lookup("#chart-b1").queryAs(SliceChart.class);
        waitUntil(() -> chart.series().getData().size() == 2001);
    }

    @Test
    void draggingContinuousSliderShowsExactLoss(FxRobot robot) throws TimeoutException {
        chooseResolution(robot, "2,001 per axis (on demand)");
        waitUntil(() -> status(robot).startsWith("On-demand"));
        Slider b0 = robot.lookup("#slider-b0").queryAs(Slider.class);
        Bounds track = b0.lookup(".track").localToScreen(b0.lookup(".track").getBoundsInLocal());

        robot.drag(b0.lookup(".thumb")).moveTo(track.getMinX() + track.getWidth() * 0.37, track.getCenterY())
                .release(javafx.scene.input.MouseButton.PRIMARY);

        waitUntil(() -> b0.getValue() != 0.0);
        double value = b0.getValue();
        String expected = String.format(Locale.ENGLISH, "Loss = %.4f",
                TinyNetwork.lecture().loss(new ParameterPoint(0, value, 0, 0)));
        waitUntil(() -> lossText(robot).equals(expected));
        assertNotEquals(0, Math.round(value * 1000) % 200, "value " + value + " lies between grid values");
        assertEquals(String.format(Locale.ENGLISH, "b₀ = %.3f", value),
                robot.lookup("#value-b0").queryAs(Label.class).getText());
    }

    @Test
    void arrowKeyMovesContinuousSliderByHundredthOfRange(FxRobot robot) throws TimeoutException {
        chooseResolution(robot, "1,000 per axis (on demand)");
        waitUntil(() -> status(robot).startsWith("On-demand"));
        Slider w1 = robot.lookup("#slider-w1").queryAs(Slider.class);
        robot.interact(w1::requestFocus);
        double before = w1.getValue();

        robot.type(KeyCode.RIGHT);

        waitUntil(() -> w1.getValue() != before);
        assertEquals((w1.getMax() - w1.getMin()) / 100, w1.getValue() - before, 1e-12);
    }

    @Test
    void lectureResolutionRestoresGridAndSnapsPoint(FxRobot robot) throws TimeoutException {
        chooseResolution(robot, "2,001 per axis (on demand)");
        waitUntil(() -> status(robot).startsWith("On-demand"));
        robot.interact(() -> viewModel.selectPoint(new ParameterPoint(0.33, -1.27, 2.01, 0.5)));

        chooseResolution(robot, "40 per axis (grid)");

        waitUntil(() -> status(robot).startsWith("Grid ready"));
        Slider b0 = robot.lookup("#slider-b0").queryAs(Slider.class);
        assertTrue(b0.isSnapToTicks(), "grid slider snaps");
        waitUntil(() -> b0.getValue() == 14);
        assertEquals("b₀ = -1.20", robot.lookup("#value-b0").queryAs(Label.class).getText());
    }

    private static void chooseResolution(FxRobot robot, String entry) {
        ComboBox<?> choice = robot.lookup("#resolution").queryAs(ComboBox.class);
        robot.clickOn(choice);
        robot.clickOn(entry);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private static String lossText(FxRobot robot) {
        return robot.lookup("#loss-label").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
