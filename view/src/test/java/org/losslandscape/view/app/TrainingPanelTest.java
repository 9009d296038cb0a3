package org.losslandscape.view.app;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.TrainingRun;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the training panel of the real explorer window with the mouse and keyboard, headless. */
@ExtendWith(ApplicationExtension.class)
class TrainingPanelTest {

    private static final long TIMEOUT_SECONDS = 10;
    private static final double EXACT = 0.0;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(),
                kind -> messages.get("optimizer." + kind.key()));
        ExplorerWindow window = new ExplorerWindow(viewModel, training, messages, ViewProviders.discover());
        stage.setScene(LossExplorerApp.createScene(window));
        stage.show();
        viewModel.computeGrid();
    }

    @BeforeEach
    void waitForFirstSnapshot(FxRobot robot) throws TimeoutException {
        waitUntil(() -> "Step 0".equals(stepText(robot)));
    }

    @AfterEach
    void closeViewModels() {
        training.close();
        viewModel.close();
    }

    @Test
    void playThenPauseMovesPoint(FxRobot robot) throws TimeoutException {
        robot.clickOn("#play-button");
        waitUntil(() -> stepCount(robot) >= 20);

        robot.clickOn("#play-button");

        waitUntil(() -> "▶ Play".equals(button(robot, "#play-button").getText()));
        int paused = stepCount(robot);
        ParameterPoint point = viewModel.currentPoint().blockingFirst();
        assertNotEquals(ParameterPoint.LECTURE_START, point);
        assertEquals(gradientDescentPoint(paused), point);
        assertEquals(paused + 1, lossLine(robot).getData().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, stepCount(robot), "no step after pause");
    }

    @Test
    void singleStepAdvancesExactlyOne(FxRobot robot) throws TimeoutException {
        robot.clickOn("#step-button");

        waitUntil(() -> "Step 1".equals(stepText(robot)));
        assertEquals(gradientDescentPoint(1), viewModel.currentPoint().blockingFirst());
        waitUntil(() -> "w₀ = 0.10".equals(robot.lookup("#value-w0").queryAs(Label.class).getText()));
        assertEquals(2, lossLine(robot).getData().size());
    }

    @Test
    void stepDrawsPathAndTangentOnSlices(FxRobot robot) throws TimeoutException {
        robot.clickOn("#step-button");
        robot.clickOn("#step-button");

        waitUntil(() -> "Step 2".equals(stepText(robot)));
        SliceChart chart = robot.lookup("#chart-w1").queryAs(SliceChart.class);
        waitUntil(() -> chart.pathLine("gradientDescent") != null
                && chart.pathLine("gradientDescent").getElements().size() == 3);
        Path line = chart.pathLine("gradientDescent");
        assertTrue(line.isVisible());
        Line tangent = chart.tangent();
        assertTrue(tangent.isVisible());
        assertNotEquals(tangent.getStartY(), tangent.getEndY(), "the w1 slope at the lecture start is not zero");
    }

    @Test
    void resetRestoresStartPoint(FxRobot robot) throws TimeoutException {
        robot.clickOn("#step-button");
        robot.clickOn("#step-button");
        waitUntil(() -> "Step 2".equals(stepText(robot)));

        robot.clickOn("#reset-button");

        waitUntil(() -> "Step 0".equals(stepText(robot)));
        assertEquals(ParameterPoint.LECTURE_START, viewModel.currentPoint().blockingFirst());
        waitUntil(() -> lossLine(robot).getData().size() == 1);
    }

    @Test
    void invalidStartFieldShowsMessageAndKeepsStart(FxRobot robot) throws TimeoutException {
        TextField w0 = robot.lookup("#start-w0").queryAs(TextField.class);
        ScrollPane settings = robot.lookup("#training-settings").queryAs(ScrollPane.class);
        robot.interact(() -> settings.setVvalue(settings.getVmax()));

        replaceText(robot, w0, "abc");
        robot.type(KeyCode.ENTER);

        Label error = robot.lookup("#start-w0-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertTrue(error.getText().contains("'abc' is not a number"), error.getText());
        assertEquals("abc", w0.getText(), "the typed text stays for correction");
        robot.clickOn("#step-button");
        waitUntil(() -> "Step 1".equals(stepText(robot)));
        assertEquals(gradientDescentPoint(1), viewModel.currentPoint().blockingFirst(), "the start is unchanged");
    }

    @Test
    void negativeLearningRateShowsRangeAndKeepsSetting(FxRobot robot) throws TimeoutException {
        TextField learningRate = robot.lookup("#gradientDescent-learningRate").queryAs(TextField.class);

        replaceText(robot, learningRate, "-1");
        robot.type(KeyCode.ENTER);

        Label error = robot.lookup("#gradientDescent-learningRate-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals("Learning rate must lie in (0, \u221e), so -1 is not allowed.", error.getText());
        robot.clickOn("#step-button");
        waitUntil(() -> "Step 1".equals(stepText(robot)));
        assertEquals(gradientDescentPoint(1), viewModel.currentPoint().blockingFirst(), "learning rate 0.01 still applies");
    }

    @Test
    void divergingLearningRateShowsMessageAndStaysUsable(FxRobot robot) throws TimeoutException {
        TextField learningRate = robot.lookup("#gradientDescent-learningRate").queryAs(TextField.class);
        replaceText(robot, learningRate, "1e6");

        robot.clickOn("#play-button");

        Label message = robot.lookup("#training-message").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Gradient descent diverged"));
        assertTrue(message.getText().contains("left the range ±1000 at step 1"), message.getText());
        assertTrue(message.getText().contains("The learning rate 1e6 is too large"), message.getText());
        assertTrue(message.getText().contains("try 0.1 or lower, or choose Adam"), message.getText());
        assertTrue(button(robot, "#step-button").isDisabled());
        assertEquals(ParameterPoint.LECTURE_START, viewModel.currentPoint().blockingFirst());
        assertFalse(robot.lookup("#chart-w0").queryAs(SliceChart.class).series().getData().isEmpty());

        robot.clickOn("#reset-button");
        waitUntil(() -> !button(robot, "#step-button").isDisabled());
        robot.clickOn("#step-button");

        waitUntil(() -> message.getText().startsWith("Gradient descent diverged") && "Step 1".equals(stepText(robot)));
    }

    @Test
    void comparisonShowsEachOptimizerWithLegend(FxRobot robot) throws TimeoutException {
        robot.clickOn("#optimizer-adam");

        robot.clickOn("#step-button");

        waitUntil(() -> "Step 1".equals(stepText(robot)));
        waitUntil(() -> robot.lookup("#legend-adam").tryQuery().isPresent());
        Label driver = robot.lookup("#legend-gradientDescent").queryAs(Label.class);
        assertTrue(driver.getText().contains("moves the markers"), driver.getText());
        assertEquals(2, lossChart(robot).getData().size());
        SliceChart chart = robot.lookup("#chart-b1").queryAs(SliceChart.class);
        waitUntil(() -> chart.pathLine("adam") != null);
        assertNotNull(chart.pathLine("gradientDescent"));
    }

    @Test
    void tangentToggleHidesTangents(FxRobot robot) throws TimeoutException {
        SliceChart chart = robot.lookup("#chart-w1").queryAs(SliceChart.class);
        waitUntil(() -> chart.tangent().isVisible());

        robot.clickOn("#tangent-toggle");

        waitUntil(() -> !chart.tangent().isVisible());
    }

    @Test
    void gradientReadoutShowsPartialDerivatives(FxRobot robot) throws TimeoutException {
        robot.clickOn("#reset-button");

        double expected = TinyNetwork.lecture().gradient(ParameterPoint.LECTURE_START).get(Parameter.B1);
        String text = String.format(Locale.ENGLISH, "∂L/∂b₁ = %.4f", expected);
        waitUntil(() -> text.equals(robot.lookup("#gradient-b1").queryAs(Label.class).getText()));
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> lossChart(FxRobot robot) {
        return (LineChart<Number, Number>) robot.lookup("#loss-chart").queryAs(LineChart.class);
    }

    private static XYChart.Series<Number, Number> lossLine(FxRobot robot) {
        return lossChart(robot).getData().get(0);
    }

    /** Types {@code text} over the whole content of {@code field}, leaving the focus in it. */
    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static ParameterPoint gradientDescentPoint(int steps) {
        TrainingRun run = new TrainingRun(TinyNetwork.lecture(), ParameterPoint.LECTURE_START,
                OptimizerKind.GRADIENT_DESCENT.defaultSettings());
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        return run.current().point();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static String stepText(FxRobot robot) {
        return robot.lookup("#step-label").queryAs(Label.class).getText();
    }

    private static int stepCount(FxRobot robot) {
        return Integer.parseInt(stepText(robot).substring("Step ".length()).replace(",", ""));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }

}
