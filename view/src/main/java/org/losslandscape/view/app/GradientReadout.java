package org.losslandscape.view.app;

import javafx.geometry.Insets;
import javafx.scene.layout.GridPane;
import org.losslandscape.model.Gradient;
import org.losslandscape.model.Parameter;
import org.losslandscape.view.layout.SteadyLabel;
import org.losslandscape.view.slices.SlicesView;
import org.losslandscape.view.text.Messages;

import java.util.EnumMap;
import java.util.Map;

/**
 * The gradient at the current point: the four partial derivatives ∂L/∂p, each in the column of
 * its parameter's chart and slider. FX thread only.
 */
final class GradientReadout extends GridPane {

    private static final int DECIMALS = 4;
    /** Magnitude below which a partial derivative is shown in exponent notation, so it does not read as zero. */
    private static final double MIN_FIXED = 1e-3;

    private final Messages messages;
    private final Map<Parameter, SteadyLabel> labels = new EnumMap<>(Parameter.class);

    GradientReadout(Messages messages) {
        this.messages = messages;
        setId("gradient-readout");
        setHgap(12);
        setPadding(new Insets(0, 8, 0, 8));
        for (Parameter parameter : Parameter.values()) {
            SteadyLabel label = new SteadyLabel("gradient-" + parameter.key(), "gradient-value",
                    messages.format("gradient.value", messages.symbol(parameter), format(-8.8888)),
                    messages.format("gradient.value", messages.symbol(parameter), format(-8.88e-8)));
            labels.put(parameter, label);
            add(label, parameter.ordinal(), 0);
            getColumnConstraints().add(SlicesView.parameterColumn());
        }
    }

    /** Shows the partial derivatives of {@code gradient}. */
    void show(Gradient gradient) {
        for (Parameter parameter : Parameter.values()) {
            labels.get(parameter).setText(messages.format("gradient.value", messages.symbol(parameter),
                    format(gradient.get(parameter))));
        }
    }

    /** Formats {@code value} with four decimals, small values as "-3.12e-05", and zero without a sign. */
    private String format(double value) {
        if (value == 0) {
            return messages.number(0, DECIMALS);
        }
        if (Math.abs(value) < MIN_FIXED) {
            return String.format(messages.locale(), "%.2e", value);
        }
        return messages.number(value, DECIMALS);
    }
}
