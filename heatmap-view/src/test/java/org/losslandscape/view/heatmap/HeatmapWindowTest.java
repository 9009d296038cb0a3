package org.losslandscape.view.heatmap;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.view.app.ExplorerWindow;
import org.losslandscape.view.app.ViewProviders;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.LossMap;
import org.losslandscape.viewmodel.ParameterPair;
import org.losslandscape.viewmodel.PathSeries;
import org.losslandscape.viewmodel.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the explorer window, built from the providers found on the module path, through the
 * heatmap tab, headless through Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapWindowTest {

    private static final long TIMEOUT_SECONDS = 10;
    private static final ParameterAxis AXIS = ParameterAxis.LECTURE;
    private static final double COLOUR_TOLERANCE = 0.08;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        viewModel = ExplorerViewModel.lecture(Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(), OptimizerKind::key);
        window = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH), ViewProviders.discover());
        stage.setScene(new javafx.scene.Scene(window, 1280, 720));
        stage.show();
    }

    @BeforeEach
    void openHeatmapTab(FxRobot robot) throws TimeoutException {
        robot.clickOn("#tab-heatmap");
        waitUntil(() -> heatmap(robot).map() != null && heatmap(robot).geometry() != null);
    }

    @AfterEach
    void closeWindow() {
        window.dispose();
        training.close();
        viewModel.close();
    }

    @Test
    void windowShowsBothDiscoveredViews() {
        List<String> ids = window.views().getTabs().stream().map(Tab::getId).toList();

        assertEquals(List.of("tab-slices", "tab-heatmap"), ids);
        assertEquals("Heatmap", window.views().getTabs().get(1).getText());
    }

    @Test
    void mapStartsOnOutputLayerWithMatchingPixels(FxRobot robot) {
        HeatmapView view = heatmap(robot);
        LossMap map = view.map();
        ColourScale scale = ColourScale.of(map);

        assertEquals(ParameterPair.OUTPUT_LAYER, map.pair());
        assertEquals(400, map.width());
        for (int[] cell : new int[][] {{0, 0}, {399, 0}, {120, 333}, {399, 399}, {200, 57}}) {
            int column = cell[0];
            int row = cell[1];
            int pixel = view.image().getPixelReader().getArgb(column, map.height() - 1 - row);
            assertEquals(scale.argb(map.loss(column, row)), pixel, "pixel of cell " + column + ", " + row);
        }
    }

    @Test
    void clickMovesSlidersToClickedGridPoint(FxRobot robot) throws TimeoutException {
        int w1Index = 30;
        int b1Index = 10;

        robot.clickOn(screenPoint(robot, AXIS.value(w1Index), AXIS.value(b1Index)));

        waitUntil(() -> slider(robot, Parameter.W1).getValue() == w1Index);
        waitUntil(() -> slider(robot, Parameter.B1).getValue() == b1Index);
        double loss = TinyNetwork.lecture().loss(0, 0, AXIS.value(w1Index), AXIS.value(b1Index));
        waitUntil(() -> lossText(robot).equals(String.format(Locale.ENGLISH, "Loss = %.4f", loss)));
        assertEquals(20, slider(robot, Parameter.W0).getValue(), 0.0);
        assertEquals(20, slider(robot, Parameter.B0).getValue(), 0.0);
    }

    @Test
    void hoverShowsSnappedValuesAndLoss(FxRobot robot) throws TimeoutException {
        double w1 = AXIS.value(33);
        double b1 = AXIS.value(4);
        double loss = TinyNetwork.lecture().loss(0, 0, w1, b1);
        String expected = String.format(Locale.ENGLISH, "w₁ = %.2f    b₁ = %.2f    Loss = %.4f", w1, b1, loss);

        robot.moveTo(screenPoint(robot, w1 + 0.04, b1 - 0.03));

        waitUntil(() -> expected.equals(hoverText(robot)));
        assertEquals(20, slider(robot, Parameter.W1).getValue(), 0.0, "hovering must not move the point");
    }

    @Test
    void pairChoiceChangesAxes(FxRobot robot) throws TimeoutException {
        robot.clickOn("#heatmap-pair");
        robot.clickOn("w₀ across, b₁ up");

        waitUntil(() -> heatmap(robot).map().pair().equals(new ParameterPair(Parameter.W0, Parameter.B1)));
        HeatmapView view = heatmap(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("w₀", view.plot().xAxis().title());
        assertEquals("b₁", view.plot().yAxis().title());
        LossMap map = view.map();
        double expected = TinyNetwork.lecture().loss(map.xValues()[17], 0, 0, map.yValues()[301]);
        assertEquals(expected, map.loss(17, 301), 1e-12);
    }

    @Test
    void dragMovesPointToReleasePosition(FxRobot robot) throws TimeoutException {
        Point2D from = screenPoint(robot, AXIS.value(5), AXIS.value(35));
        Point2D to = screenPoint(robot, AXIS.value(28), AXIS.value(12));

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);

        waitUntil(() -> slider(robot, Parameter.W1).getValue() == 28);
        waitUntil(() -> slider(robot, Parameter.B1).getValue() == 12);
        double loss = TinyNetwork.lecture().loss(0, 0, AXIS.value(28), AXIS.value(12));
        waitUntil(() -> lossText(robot).equals(String.format(Locale.ENGLISH, "Loss = %.4f", loss)));
    }

    @Test
    void contourToggleRemovesLines(FxRobot robot) throws TimeoutException {
        HeatmapView view = heatmap(robot);
        assertTrue(view.contourSegments().length > 0, "contour lines are on by default");

        robot.clickOn("#heatmap-contours");

        waitUntil(() -> view.contourSegments().length == 0);
    }

    @Test
    void pathShowsInItsColour(FxRobot robot) throws TimeoutException {
        PathSeries path = new PathSeries("gd", "Gradient descent",
                List.of(new ParameterPoint(0, 0, -3, -3), new ParameterPoint(0, 0, 3, -3)));
        HeatmapView view = heatmap(robot);
        PlotGeometry geometry = view.geometry();

        viewModel.showPaths(List.of(path));

        Color expected = PathColours.of(0);
        waitUntil(() -> {
            Color drawn = canvasColour(view, geometry.pixelX(1.5), geometry.pixelY(-3));
            return Math.abs(drawn.getRed() - expected.getRed()) < COLOUR_TOLERANCE
                    && Math.abs(drawn.getGreen() - expected.getGreen()) < COLOUR_TOLERANCE
                    && Math.abs(drawn.getBlue() - expected.getBlue()) < COLOUR_TOLERANCE;
        });
    }

    private static Color canvasColour(HeatmapView view, double x, double y) {
        try {
            WritableImage snapshot = WaitForAsyncUtils.asyncFx(() -> view.plot().canvas().snapshot(null, null))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return snapshot.getPixelReader().getColor((int) x, (int) y);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("Canvas snapshot failed", e);
        }
    }

    private static Point2D screenPoint(FxRobot robot, double xValue, double yValue) {
        HeatmapView view = heatmap(robot);
        PlotGeometry geometry = view.geometry();
        assertNotNull(geometry, "the plot must be laid out");
        return view.plot().canvas().localToScreen(geometry.pixelX(xValue), geometry.pixelY(yValue));
    }

    private static HeatmapView heatmap(FxRobot robot) {
        return robot.lookup("#heatmap-view").queryAs(HeatmapView.class);
    }

    private static Slider slider(FxRobot robot, Parameter parameter) {
        return robot.lookup("#slider-" + parameter.key()).queryAs(Slider.class);
    }

    private static String lossText(FxRobot robot) {
        return robot.lookup("#loss-label").queryAs(Label.class).getText();
    }

    private static String hoverText(FxRobot robot) {
        return robot.lookup("#heatmap-hover").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
