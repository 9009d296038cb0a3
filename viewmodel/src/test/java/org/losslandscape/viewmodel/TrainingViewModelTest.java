package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.model.TinyNetwork;
import org.losslandscape.model.training.DivergenceReason;
import org.losslandscape.model.training.OptimizerKind;
import org.losslandscape.model.training.OptimizerSettings;
import org.losslandscape.model.training.TrainingRun;
import org.losslandscape.model.training.TrainingStatus;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingViewModelTest {

    private static final double EXACT = 0.0;
    private static final ParameterPoint CENTRE = new ParameterPoint(0, 0, 0, 0);

    private TestScheduler scheduler;
    private ExplorerViewModel explorer;
    private TrainingViewModel training;
    private TestObserver<TrainingSnapshot> snapshots;

    @BeforeEach
    void createViewModels() {
        scheduler = new TestScheduler();
        explorer = ExplorerViewModel.lecture(scheduler);
        training = new TrainingViewModel(explorer, scheduler, OptimizerKind::key);
        snapshots = training.snapshots().test();
        scheduler.triggerActions();
    }

    @AfterEach
    void closeViewModels() {
        training.close();
        explorer.close();
    }

    @Test
    void firstSnapshotIsPausedAtLectureStart() {
        TrainingSnapshot first = latest();

        assertEquals(ParameterPoint.LECTURE_START, first.start());
        assertEquals(0, first.step());
        assertFalse(first.playing());
        assertEquals(1, first.runs().size());
        assertEquals(OptimizerKind.GRADIENT_DESCENT, first.runs().get(0).settings().kind());
        assertEquals(0.01, first.runs().get(0).settings().learningRate(), EXACT);
        assertEquals(CENTRE, latestPoint(), "the sliders keep the point until training starts");
        assertEquals(List.of(), latestPaths());
    }

    @Test
    void playAdvancesStepsAsTimeAdvances() {
        training.selectSpeed(64);

        training.play();
        scheduler.advanceTimeBy(500, TimeUnit.MILLISECONDS);

        assertTrue(latest().playing());
        assertEquals(32, latest().step());
        scheduler.advanceTimeBy(500, TimeUnit.MILLISECONDS);
        assertEquals(64, latest().step());
        assertEquals(gradientDescentPoint(64), latestPoint());
        assertEquals(65, latestPaths().get(0).points().size());
    }

    @Test
    void playPublishesOncePerFrameNotPerStep() {
        training.selectSpeed(TrainingViewModel.MAX_STEPS_PER_SECOND);
        int before = snapshots.values().size();

        training.play();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        int published = snapshots.values().size() - before;
        assertEquals(1000, latest().step());
        assertTrue(published <= 65, "one snapshot for play and at most one per frame, got " + published);
    }

    @Test
    void pauseStopsSteps() {
        training.selectSpeed(64);
        training.play();
        scheduler.advanceTimeBy(250, TimeUnit.MILLISECONDS);

        training.pause();
        scheduler.advanceTimeBy(2, TimeUnit.SECONDS);

        assertFalse(latest().playing());
        assertEquals(16, latest().step());
        assertEquals(gradientDescentPoint(16), latestPoint());
    }

    @Test
    void stepAdvancesExactlyOne() {
        training.step();
        scheduler.triggerActions();

        assertEquals(1, latest().step());
        assertFalse(latest().playing());
        assertEquals(gradientDescentPoint(1), latestPoint());
        assertEquals(gradientDescentPoint(1), latest().runs().get(0).current().point());
        assertEquals(2, latest().runs().get(0).lossCurve().size());
    }

    @Test
    void stepWhilePlayingPausesThenStepsOnce() {
        training.selectSpeed(64);
        training.play();
        scheduler.advanceTimeBy(125, TimeUnit.MILLISECONDS);

        training.step();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        assertFalse(latest().playing());
        assertEquals(9, latest().step());
    }

    @Test
    void resetRestoresStartPointAndStepZero() {
        training.selectSpeed(64);
        training.play();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        training.reset();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        assertEquals(0, latest().step());
        assertFalse(latest().playing());
        assertEquals(ParameterPoint.LECTURE_START, latestPoint());
        assertEquals(ParameterPoint.LECTURE_START, latest().runs().get(0).current().point());
        assertEquals(1, latest().runs().get(0).lossCurve().size());
        assertEquals(List.of(ParameterPoint.LECTURE_START), latestPaths().get(0).points());
    }

    @Test
    void selectStartMovesPointAndResets() {
        ParameterPoint typed = new ParameterPoint(-1.5, 2, 0.25, -3);
        training.step();

        training.selectStart(typed);
        scheduler.triggerActions();

        assertEquals(typed, latest().start());
        assertEquals(0, latest().step());
        assertEquals(typed, latestPoint());
    }

    @Test
    void startBeyondBoundIsRejectedAndPreviousKept() {
        ParameterPoint far = new ParameterPoint(0, 0, 1500, 0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> training.selectStart(far));
        scheduler.triggerActions();

        assertTrue(error.getMessage().contains("w1 = 1500.0"), error.getMessage());
        assertEquals(ParameterPoint.LECTURE_START, latest().start());
    }

    @Test
    void startAtCurrentPointUsesSliderPoint() {
        explorer.selectIndex(Parameter.W1, 30);

        training.selectStartAtCurrentPoint();
        scheduler.triggerActions();

        assertEquals(new ParameterPoint(0, 0, 2, 0), latest().start());
    }

    @Test
    void speedOutsideRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> training.selectSpeed(0.5));
        assertThrows(IllegalArgumentException.class, () -> training.selectSpeed(1001));
        assertThrows(IllegalArgumentException.class, () -> training.selectSpeed(Double.NaN));
    }

    @Test
    void divergenceStopsWithStatusAndMessageData() {
        training.selectOptimizers(List.of(gradientDescent(1e6)));
        training.play();

        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        TrainingSnapshot snapshot = latest();
        RunState run = snapshot.runs().get(0);
        assertFalse(snapshot.playing());
        assertFalse(snapshot.canStep());
        assertEquals(TrainingStatus.DIVERGED, run.status());
        DivergenceReport report = run.divergence();
        assertNotNull(report);
        assertEquals(DivergenceReason.PARAMETER_OUT_OF_BOUNDS, report.divergence().reason());
        assertEquals(1, report.divergence().step());
        assertEquals(1e6, report.learningRate(), EXACT);
        assertEquals(TrainingRun.DEFAULT_PARAMETER_BOUND, report.parameterBound(), EXACT);
        assertEquals(0.1, report.suggestedLearningRate(), 1e-15);
        assertTrue(report.suggestAdam());
        assertEquals(List.of(run), snapshot.diverged());
        assertEquals(ParameterPoint.LECTURE_START, latestPoint(), "the point stays at the last finite point");
    }

    @Test
    void resetAfterDivergenceAllowsStepping() {
        training.selectOptimizers(List.of(gradientDescent(1e6)));
        training.step();
        scheduler.triggerActions();

        training.reset();
        scheduler.triggerActions();

        assertTrue(latest().canStep());
        assertEquals(TrainingStatus.RUNNING, latest().runs().get(0).status());
        assertEquals(0, latest().step());
    }

    @Test
    void comparisonRunsEachOptimizerFromSameStart() {
        List<OptimizerSettings> selected = List.of(OptimizerKind.ADAM.defaultSettings(),
                OptimizerKind.MOMENTUM.defaultSettings(), OptimizerKind.RMS_PROP.defaultSettings());
        training.selectOptimizers(selected);

        for (int i = 0; i < 3; i++) {
            training.step();
        }
        scheduler.triggerActions();

        List<RunState> runs = latest().runs();
        List<PathSeries> paths = latestPaths();
        assertEquals(3, runs.size());
        assertEquals(3, paths.size());
        for (int i = 0; i < selected.size(); i++) {
            TrainingRun reference = new TrainingRun(TinyNetwork.lecture(), ParameterPoint.LECTURE_START, selected.get(i));
            for (int step = 0; step < 3; step++) {
                reference.step();
            }
            assertEquals(selected.get(i).kind().key(), runs.get(i).id());
            assertEquals(reference.current().point(), runs.get(i).current().point(), runs.get(i).id());
            assertEquals(reference.points(), paths.get(i).points(), runs.get(i).id() + " path");
            assertEquals(runs.get(i).id(), paths.get(i).id());
        }
        assertEquals(runs.get(0).current().point(), latestPoint(), "the first selected optimizer drives the point");
    }

    @Test
    void divergedRunStopsWhileOthersContinue() {
        training.selectOptimizers(List.of(OptimizerKind.ADAM.defaultSettings(), gradientDescent(1e6)));
        training.selectSpeed(64);
        training.play();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);
        assertFalse(latest().playing(), "playback pauses at the first divergence");
        assertEquals(1, latest().step());

        training.play();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        assertEquals(65, latest().step());
        assertEquals(65, latest().runs().get(0).current().step());
        assertEquals(0, latest().runs().get(1).current().step());
        assertEquals(TrainingStatus.DIVERGED, latest().runs().get(1).status());
    }

    @Test
    void noOptimizerLeavesNothingToStep() {
        training.selectOptimizers(List.of());
        scheduler.triggerActions();

        training.play();
        scheduler.advanceTimeBy(1, TimeUnit.SECONDS);

        assertFalse(latest().canStep());
        assertFalse(latest().playing());
        assertEquals(0, latest().step());
    }

    @Test
    void closedViewModelIgnoresInputs() {
        training.close();

        training.step();
        scheduler.triggerActions();

        assertEquals(0, latest().step());
    }

    private static OptimizerSettings gradientDescent(double learningRate) {
        return OptimizerKind.GRADIENT_DESCENT.defaultSettings().with("learningRate", learningRate);
    }

    /** Returns gradient descent's point after {@code steps} steps from the lecture's start, computed directly. */
    private static ParameterPoint gradientDescentPoint(int steps) {
        TrainingRun run = new TrainingRun(TinyNetwork.lecture(), ParameterPoint.LECTURE_START,
                OptimizerKind.GRADIENT_DESCENT.defaultSettings());
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        return run.current().point();
    }

    private TrainingSnapshot latest() {
        return snapshots.values().get(snapshots.values().size() - 1);
    }

    private ParameterPoint latestPoint() {
        return explorer.currentPoint().blockingFirst();
    }

    private List<PathSeries> latestPaths() {
        return explorer.paths().blockingFirst();
    }
}
