package org.losslandscape.view.app;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.controlsfx.control.StatusBar;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.GridIndex;
import org.losslandscape.model.grid.LossGrid;
import org.losslandscape.model.grid.LossGridComputer;
import org.losslandscape.model.grid.ParameterAxis;
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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real explorer window with the mouse and keyboard, headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private static final long TIMEOUT_SECONDS = 10;
    private static final double PIXEL_TOLERANCE = 0.5;

    private static LossGrid reference;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;
    private ExplorerWindow window;

    @BeforeAll
    static void computeReference() {
        reference = LossGridComputer.compute(TinyNetwork.lecture(), GridAxes.LECTURE);
    }

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(), OptimizerKind::key);
        window = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH), ViewProviders.discover());
        stage.setScene(LossExplorerApp.createScene(window));
        stage.show();
        viewModel.computeGrid();
    }

    @BeforeEach
    void waitForGrid(FxRobot robot) throws TimeoutException {
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        waitUntil(() -> status.getText().startsWith("Grid ready"));
        waitUntil(() -> "Loss = 0.2500".equals(lossText(robot)));
    }

    @AfterEach
    void closeViewModel() {
        training.close();
        viewModel.close();
    }

    @Test
    void windowStartsAtCentreWithLectureCharts(FxRobot robot) {
        GridIndex centre = new GridIndex(20, 20, 20, 20);

        for (Parameter parameter : Parameter.values()) {
            assertChartShows(robot, parameter, centre);
            assertEquals(20, slider(robot, parameter).getValue(), 0.0);
        }
        assertEquals("Loss = 0.2500", lossText(robot));
        assertEquals("w₀ = 0.00", robot.lookup("#value-w0").queryAs(Label.class).getText());
    }

    @Test
    void draggingThumbToEndUpdatesChartsInPlace(FxRobot robot) throws TimeoutException {
        SliceChart w0Chart = chart(robot, Parameter.W0);
        XYChart.Data<Number, Number> firstItem = w0Chart.series().getData().get(0);
        Slider slider = slider(robot, Parameter.W1);
        Node thumb = slider.lookup(".thumb");

        robot.drag(thumb).moveTo(endOfTrack(slider, true)).release(javafx.scene.input.MouseButton.PRIMARY);

        waitUntil(() -> slider.getValue() == 39);
        GridIndex expected = new GridIndex(20, 20, 39, 20);
        waitUntil(() -> lossText(robot).equals(formatLoss(expected)));
        for (Parameter parameter : Parameter.values()) {
            assertChartShows(robot, parameter, expected);
        }
        assertSame(firstItem, w0Chart.series().getData().get(0), "chart data must be updated in place");
    }

    @Test
    void fastDragAcrossRangeEndsAtRelease(FxRobot robot) throws TimeoutException {
        Slider slider = slider(robot, Parameter.B1);
        Node thumb = slider.lookup(".thumb");

        robot.drag(thumb).moveTo(endOfTrack(slider, true)).moveTo(endOfTrack(slider, false)).release(javafx.scene.input.MouseButton.PRIMARY);

        waitUntil(() -> slider.getValue() == 0);
        GridIndex expected = new GridIndex(20, 20, 20, 0);
        waitUntil(() -> lossText(robot).equals(formatLoss(expected)));
        for (Parameter parameter : Parameter.values()) {
            assertChartShows(robot, parameter, expected);
        }
    }

    @Test
    void clickOnTrackJumpsToClickedIndex(FxRobot robot) throws TimeoutException {
        Slider slider = slider(robot, Parameter.B0);
        Node track = slider.lookup(".track");
        Bounds bounds = track.localToScreen(track.getBoundsInLocal());
        double x = bounds.getMinX() + bounds.getWidth() * 0.1;

        robot.clickOn(x, bounds.getCenterY());

        waitUntil(() -> slider.getValue() < 10);
        int index = (int) slider.getValue();
        assertEquals(slider.getValue(), index, 0.0, "slider snaps to whole indices");
        assertTrue(index >= 1, "clicked near 10% of the track, got index " + index);
        assertTrue(index <= 7, "clicked near 10% of the track, got index " + index);
        GridIndex expected = new GridIndex(20, index, 20, 20);
        waitUntil(() -> lossText(robot).equals(formatLoss(expected)));
        assertChartShows(robot, Parameter.B0, expected);
        assertChartShows(robot, Parameter.W0, expected);
    }

    @Test
    void arrowKeysMoveFocusedSliderOneStep(FxRobot robot) throws TimeoutException {
        Slider w1 = slider(robot, Parameter.W1);
        for (int i = 0; i < 8 && !w1.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(w1.isFocused(), "Tab must reach the w1 slider");

        robot.type(KeyCode.RIGHT);

        waitUntil(() -> w1.getValue() == 21);
        GridIndex afterRight = new GridIndex(20, 20, 21, 20);
        waitUntil(() -> lossText(robot).equals(formatLoss(afterRight)));
        assertChartShows(robot, Parameter.W1, afterRight);

        robot.type(KeyCode.LEFT, 3);

        waitUntil(() -> w1.getValue() == 18);
        GridIndex afterLeft = new GridIndex(20, 20, 18, 20);
        waitUntil(() -> lossText(robot).equals(formatLoss(afterLeft)));
        assertChartShows(robot, Parameter.B1, afterLeft);
        assertEquals("w₁ = -0.40", robot.lookup("#value-w1").queryAs(Label.class).getText());
    }

    private void assertChartShows(FxRobot robot, Parameter parameter, GridIndex index) {
        SliceChart chart = chart(robot, parameter);
        double[] expected = reference.slice(parameter, index);
        var data = chart.series().getData();
        assertEquals(expected.length, data.size(), parameter + " point count");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(ParameterAxis.LECTURE.value(i), data.get(i).getXValue().doubleValue(), 0.0);
            assertEquals(expected[i], data.get(i).getYValue().doubleValue(), 0.0, parameter + " loss " + i);
        }
        double value = ParameterAxis.LECTURE.value(index.get(parameter));
        assertEquals(value, chart.markerValue(), 0.0, parameter + " marker value");
        NumberAxis xAxis = (NumberAxis) chart.getXAxis();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.marker().isVisible(), parameter + " marker visible");
        assertEquals(xAxis.getDisplayPosition(value), chart.marker().getStartX(), PIXEL_TOLERANCE,
                parameter + " marker x position");
        assertEquals(chart.marker().getStartX(), chart.marker().getEndX(), 0.0, parameter + " marker is vertical");
    }

    private static javafx.geometry.Point2D endOfTrack(Slider slider, boolean right) {
        Bounds bounds = slider.localToScreen(slider.getBoundsInLocal());
        double x = right ? bounds.getMaxX() + 40 : bounds.getMinX() - 40;
        return new javafx.geometry.Point2D(x, bounds.getCenterY());
    }

    private static String formatLoss(GridIndex index) {
        return String.format(Locale.ENGLISH, "Loss = %.4f", reference.loss(index));
    }

    private static SliceChart chart(FxRobot robot, Parameter parameter) {
        return robot.lookup("#chart-" + parameter.key()).queryAs(SliceChart.class);
    }

    private static Slider slider(FxRobot robot, Parameter parameter) {
        return robot.lookup("#slider-" + parameter.key()).queryAs(Slider.class);
    }

    private static String lossText(FxRobot robot) {
        return robot.lookup("#loss-label").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
