package org.losslandscape.benchmarks;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.grid.GridAxes;
import org.losslandscape.model.grid.ParameterAxis;
import org.losslandscape.model.slice.SliceComputer;
import org.losslandscape.view.app.ExplorerWindow;
import org.losslandscape.view.slices.SliceChart;
import org.losslandscape.view.slices.SlicesViewProvider;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.GridState;
import org.losslandscape.viewmodel.SliceSeries;
import org.losslandscape.viewmodel.TrainingViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Latency from a selection change to the four charts laid out with the new slices, through the
 * real {@link ExplorerWindow} and view-model on a headless JavaFX toolkit (Monocle, software
 * rendering).
 *
 * <p>Each call posts the change to the FX thread and waits until the post-layout listener of a
 * pulse finds all four charts laid out and showing the slices through the new point, as
 * computed beforehand with {@link SliceComputer} (equal to 1e-12, as the grid's slices differ
 * from the formula's in the last bits). The slices reach the charts from the computation
 * thread, so the pulse right after the change may come before them; that pulse does not count. For 40 points the change sets the w0 slider,
 * which calls {@code selectIndex}, and the slices come from the ready 40⁴ grid. For 2,001
 * points per axis the grid exceeds every memory budget, so the view-model switches to on-demand
 * slices as in the app, and the change moves the point off the grid with {@code selectPoint}.
 *
 * <p>The time includes the wait for the next pulse, so the pulse rate bounds it from below.
 * JavaFX pulses at 60 Hz by default, which adds up to 16.7 ms of waiting; {@code pulseHz}
 * sets the rate through the {@code javafx.animation.pulse} system property before the toolkit
 * starts. The time excludes the painting of the frame, which the render thread does after the
 * pulse.
 *
 * <p>Extra JVM flags go in with {@code -jvmArgsPrepend}: JMH's {@code -jvmArgsAppend} on the
 * command line replaces the headless flags below, and the toolkit then looks for a display.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
// The headless flags of the root POM's testfx.jvm.flags, without the TestFX ones. On the
// classpath JavaFX is in the unnamed module, so the JVM warns that javafx.graphics is unknown.
@Fork(value = 1, jvmArgsAppend = {
        "--add-opens", "javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
        "--add-opens", "javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
        "--add-exports", "javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED",
        "--add-exports", "javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
        "--add-exports", "javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class SliderToChartBenchmark {

    private static final long TIMEOUT_SECONDS = 30;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    /** Start of the off-grid path for 2,001 points, the point of {@code SliceBenchmark}. */
    private static final ParameterPoint OFF_GRID = new ParameterPoint(0.1234, -1.75, 2.5, 0.35);
    /** Largest difference between a shown loss and the formula's for the same point. */
    private static final double SAME_LOSS = 1e-12;

    /** Points per slice: the lecture's 40, or 2,001 from the formula. */
    @Param({"40", "2001"})
    public int points;

    /** Pulses per second of the JavaFX toolkit. JavaFX's default is 60. */
    @Param({"1000"})
    public int pulseHz;

    private ExplorerViewModel viewModel;
    private TrainingViewModel training;
    private ExplorerWindow window;
    private Stage stage;
    private Slider w0Slider;
    private final Map<Parameter, SliceChart> charts = new EnumMap<>(Parameter.class);
    private int iteration;
    /** Losses of the four slices through the next change's point, by parameter ordinal. */
    private final double[][] expected = new double[Parameter.COUNT][];
    /** Latch of the change that waits for its pulse. Read and written on the FX thread only. */
    private CountDownLatch pendingLayout;

    @Setup
    public void openWindow() throws Exception {
        System.setProperty("javafx.animation.pulse", Integer.toString(pulseHz));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        await(started, "JavaFX toolkit start");
        viewModel = points == 40 ? ExplorerViewModel.lecture(Schedulers.computation())
                : new ExplorerViewModel(TinyNetwork.lecture(),
                        GridAxes.uniform(ParameterAxis.spanning(-4, 3.8, points)), Schedulers.computation());
        training = new TrainingViewModel(viewModel, Schedulers.single(), kind -> kind.key());
        onFx(this::showWindow);
        viewModel.computeGrid();
        GridState state = viewModel.gridState()
                .filter(s -> !(s instanceof GridState.Computing))
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .blockingFirst();
        boolean expectReady = points == 40;
        if (expectReady != state instanceof GridState.Ready) {
            throw new IllegalStateException("Grid of " + points + " values per axis ended as " + state);
        }
        prepareChange();
        moveSlider();
        onFx(this::checkCharts);
    }

    private void showWindow() {
        window = new ExplorerWindow(viewModel, training, Messages.forLocale(Locale.ENGLISH),
                List.of(new SlicesViewProvider()));
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                ExplorerWindow.class.getResource("explorer.css"), "explorer.css").toExternalForm());
        scene.addPostLayoutPulseListener(this::afterLayout);
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
        w0Slider = (Slider) scene.lookup("#slider-w0");
        for (Parameter parameter : Parameter.values()) {
            charts.put(parameter, (SliceChart) scene.lookup("#chart-" + parameter.key()));
        }
    }

    /** Checks that each chart plots every point as a line, without a node per data point. */
    private void checkCharts() {
        for (SliceChart chart : charts.values()) {
            var data = chart.series().getData();
            if (data.size() != points || chart.getCreateSymbols()) {
                throw new IllegalStateException(chart.getId() + " shows " + data.size() + " points, symbols "
                        + chart.getCreateSymbols() + ": expected " + points + " points without symbols");
            }
            for (XYChart.Data<Number, Number> item : data) {
                if (item.getNode() != null) {
                    throw new IllegalStateException(chart.getId() + " has a node per data point");
                }
            }
        }
    }

    /**
     * Computes the point and the four slices that the next call's change leads to, outside the
     * timed call. The calls take milliseconds, so JMH's per-invocation overhead is negligible.
     */
    @Setup(Level.Invocation)
    public void prepareChange() {
        ParameterPoint target = points == 40
                ? viewModel.currentPoint().blockingFirst().with(Parameter.W0, viewModel.axes().w0().value(w0Index(iteration)))
                : offGridPoint(iteration);
        for (Parameter parameter : Parameter.values()) {
            expected[parameter.ordinal()] = SliceComputer.slice(TinyNetwork.lecture(), parameter, target,
                    viewModel.axes().axis(parameter));
        }
    }

    @Benchmark
    public void moveSlider() throws InterruptedException, TimeoutException {
        CountDownLatch laidOut = new CountDownLatch(1);
        int step = iteration++;
        Platform.runLater(() -> {
            change(step);
            pendingLayout = laidOut;
        });
        await(laidOut, "chart layout after change " + step);
    }

    /** Moves w0 to a new value. A step of 7 indices, or of 0.7, never repeats the previous value. */
    private void change(int step) {
        if (points == 40) {
            w0Slider.setValue(w0Index(step));
        } else {
            viewModel.selectPoint(offGridPoint(step));
        }
    }

    private static int w0Index(int step) {
        return (step * 7 + 3) % 40;
    }

    private static ParameterPoint offGridPoint(int step) {
        return OFF_GRID.with(Parameter.W0, -3.9 + (step * 7 % 78) * 0.1 + 0.00123);
    }

    private void afterLayout() {
        CountDownLatch latch = pendingLayout;
        if (latch != null && charts.values().stream().noneMatch(SliceChart::isNeedsLayout)
                && charts.values().stream().allMatch(this::showsExpectedSlice)) {
            pendingLayout = null;
            latch.countDown();
        }
    }

    private boolean showsExpectedSlice(SliceChart chart) {
        SliceSeries shownSlice = chart.shownSlice();
        double[] losses = expected[shownSlice == null ? 0 : shownSlice.parameter().ordinal()];
        if (shownSlice == null || shownSlice.losses().length != losses.length) {
            return false;
        }
        for (int i = 0; i < losses.length; i++) {
            if (Math.abs(shownSlice.losses()[i] - losses[i]) > SAME_LOSS) {
                return false;
            }
        }
        return true;
    }

    @TearDown
    public void closeWindow() throws Exception {
        onFx(() -> {
            stage.hide();
            window.dispose();
        });
        training.close();
        viewModel.close();
        Platform.exit();
    }

    private static void onFx(Runnable action) throws Exception {
        FutureTask<Void> task = new FutureTask<>(action, null);
        Platform.runLater(task);
        task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch, String event) throws InterruptedException, TimeoutException {
        if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new TimeoutException(event + " timed out after " + TIMEOUT_SECONDS + " s");
        }
    }
}
