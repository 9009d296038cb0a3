package org.losslandscape.view.training;

import org.losslandscape.model.training.Divergence;
import org.losslandscape.model.training.TrainingRun;
import org.losslandscape.model.training.TrainingStatus;
import org.losslandscape.view.text.Messages;
import org.losslandscape.viewmodel.DivergenceReport;
import org.losslandscape.viewmodel.RunState;
import org.losslandscape.viewmodel.TrainingSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a training snapshot into the sentence under the playback buttons: what to do next,
 * or, after a divergence, what happened and what to change. Immutable and safe to share.
 */
final class TrainingStatusText {

    private final Messages messages;

    TrainingStatusText(Messages messages) {
        this.messages = messages;
    }

    /** Returns the status text for {@code snapshot}. */
    String describe(TrainingSnapshot snapshot) {
        if (snapshot.runs().isEmpty()) {
            return messages.get("training.status.noOptimizer");
        }
        if (!snapshot.diverged().isEmpty()) {
            return describeDivergences(snapshot.diverged());
        }
        if (snapshot.runs().stream().anyMatch(run -> run.status() == TrainingStatus.STEP_LIMIT_REACHED)) {
            return messages.format("training.status.limit", TrainingRun.DEFAULT_MAX_STEPS);
        }
        if (snapshot.playing()) {
            return messages.get("training.status.playing");
        }
        return messages.get(snapshot.step() == 0 ? "training.status.ready" : "training.status.paused");
    }

    /** Explains each diverged run, then the common advice to reset. */
    private String describeDivergences(List<RunState> diverged) {
        List<String> sentences = new ArrayList<>();
        for (RunState run : diverged) {
            DivergenceReport report = run.divergence();
            sentences.add(cause(report));
            sentences.add(advice(report));
        }
        sentences.add(1, messages.get("training.diverged.explanation"));
        sentences.add(messages.get("training.diverged.reset"));
        return String.join(" ", sentences);
    }

    private String cause(DivergenceReport report) {
        Divergence divergence = report.divergence();
        String parameter = divergence.parameter() == null ? "" : messages.symbol(divergence.parameter());
        return messages.format("training.diverged." + divergence.reason().name(),
                messages.get("optimizer." + report.kind().key()), parameter,
                boundOrValue(report), String.valueOf(divergence.step()));
    }

    /** Returns the bound for a parameter that left it, else the offending value, such as "NaN". */
    private static String boundOrValue(DivergenceReport report) {
        return switch (report.divergence().reason()) {
            case PARAMETER_OUT_OF_BOUNDS -> NumberText.format(report.parameterBound());
            case NON_FINITE_PARAMETER, NON_FINITE_LOSS, NON_FINITE_GRADIENT ->
                    NumberText.format(report.divergence().value());
        };
    }

    private String advice(DivergenceReport report) {
        String key = report.suggestAdam() ? "training.diverged.adviceAdam" : "training.diverged.advice";
        return messages.format(key, NumberText.format(report.learningRate()),
                NumberText.format(report.suggestedLearningRate()));
    }
}
