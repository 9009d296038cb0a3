package org.losslandscape.view.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.losslandscape.model.Parameter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.view.layout.SteadyLabel;
import org.losslandscape.view.slices.SliceChart;
import org.losslandscape.view.spi.ExplorerViewProvider;
import org.losslandscape.view.text.Messages;
import org.losslandscape.view.training.TrainingPanel;
import org.losslandscape.viewmodel.ExplorerViewModel;
import org.losslandscape.viewmodel.TrainingViewModel;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The explorer's main window content. A heading with the network's formula sits on top, one
 * tab per discovered view in the centre, and the training panel on the right. Below the tabs
 * come the four parameter sliders, the gradient, the current loss and point, and a status bar
 * with the grid's progress.
 *
 * <p>The training panel sits beside the views rather than in a tab, so the markers can be
 * watched while training moves them. The sliders and gradient stay under the views, so their
 * columns line up with the charts whether the panel is shown or hidden.
 *
 * <p>FX thread only. {@link #dispose()} ends every subscription to the view-model, the
 * views' included.
 */
public final class ExplorerWindow extends BorderPane {

    private static final System.Logger LOG = System.getLogger(ExplorerWindow.class.getName());
    /**
     * Narrowest window that fits the 350 px training panel beside the four slider columns, whose
     * sliders and value labels need about 210 px each (1100 px cut the b₁ chart under the panel).
     */
    static final double PANEL_MIN_WINDOW_WIDTH = 1200;

    private final ExplorerViewModel viewModel;
    private final Messages messages;
    private final WindowViewContext context;
    private final TabPane views = new TabPane();
    private final SteadyLabel lossLabel;
    private final SteadyLabel pointLabel;
    private final GradientReadout gradientReadout;
    /** Maximum wait for filled charts before a deferred training panel is shown anyway. */
    static final Duration PANEL_DEFERRAL_LIMIT = Duration.seconds(3);
    /** Id of the empty panel shown in place of a deferred training panel. */
    static final String PANEL_PLACEHOLDER_ID = "training-panel-placeholder";

    private final TrainingPanel trainingPanel;
    private ToggleButton panelToggle;
    /** True while the training panel is hidden because the window is narrow, not by the user. */
    private boolean panelHiddenForWidth;

    /**
     * Builds the window content with {@code providers}' views and binds it to {@code viewModel}
     * and {@code training}.
     */
    public ExplorerWindow(ExplorerViewModel viewModel, TrainingViewModel training, Messages messages,
                          List<ExplorerViewProvider> providers) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.context = new WindowViewContext(viewModel, messages.locale());
        this.gradientReadout = new GradientReadout(messages);
        // Templates as wide as the usual loss and the widest point on the lecture's range. A loss in
        // exponent notation, below 1e-4, widens the label once, when it first appears.
        this.lossLabel = new SteadyLabel("loss-label", "loss", messages.format("loss.text", messages.number(8.8888, 4)));
        this.pointLabel = new SteadyLabel("point-label", "point",
                describe(new ParameterPoint(-8.888, -8.888, -8.888, -8.888), value -> messages.number(value, 3)));
        this.trainingPanel = new TrainingPanel(training, context, messages);
        getStyleClass().add("explorer-window");
        setTop(createHeader());
        setCenter(createExplorer(providers));
        setRight(trainingPanel);
        setBottom(new GridStatusBar(viewModel, messages, context));
        bindReadout();
    }

    private HBox createHeader() {
        Label heading = new Label(messages.get("app.heading"));
        heading.getStyleClass().add("heading");
        Label formula = new Label(messages.get("app.formula"));
        formula.getStyleClass().add("formula");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The controls keep their full width; a long heading wraps instead, as it may in translation.
        heading.setWrapText(true);
        // NOTE: below about 1,200 px the formula wraps inside the expression, such as "L = (y −" and "ŷ)²".
        formula.setWrapText(true);
        VBox titles = new VBox(2, heading, formula);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        ResolutionChooser resolution = new ResolutionChooser(viewModel, messages, context);
        CheckBox tangents = createTangentToggle();
        ToggleButton panelToggle = createPanelToggle();
        for (Region control : new Region[] {resolution, tangents, panelToggle}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(16, titles, spacer, resolution, tangents, panelToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 4, 16));
        return header;
    }

    private VBox createExplorer(List<ExplorerViewProvider> providers) {
        TabPane tabs = createViews(providers);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return new VBox(tabs, new ParameterControls(viewModel, messages, context), gradientReadout, createReadout());
    }

    private TabPane createViews(List<ExplorerViewProvider> providers) {
        views.setId("views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ExplorerViewProvider provider : ViewProviders.sorted(providers)) {
            Tab tab = new Tab(provider.displayName(messages.locale()));
            tab.setId("tab-" + provider.id());
            views.getTabs().add(tab);
            if (views.getTabs().size() == 1) {
                tab.setContent(createView(provider));
            } else {
                buildWhenFirstSelected(tab, provider);
            }
        }
        return views;
    }

    /**
     * Builds the view of a tab other than the first when the tab is first selected, so a view
     * whose tab stays closed costs no start-up time and no background computation.
     */
    private void buildWhenFirstSelected(Tab tab, ExplorerViewProvider provider) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> property, Boolean was,
                                Boolean selected) {
                if (selected && tab.getContent() == null) {
                    tab.setContent(createView(provider));
                    property.removeListener(this);
                }
            }
        });
    }

    /** Builds one provider's view; a view that fails to build shows the error in its tab instead. */
    private Node createView(ExplorerViewProvider provider) {
        try {
            return provider.createView(context);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "View '" + provider.id() + "' failed to build", e);
            Label error = new Label(messages.format("view.failed", provider.id(), e.getMessage()));
            error.getStyleClass().add("view-error");
            return error;
        }
    }

    private HBox createReadout() {
        lossLabel.setText(messages.get("loss.pending"));
        // The loss never shortens; when the row is too narrow, the point's values give way first.
        lossLabel.setMinWidth(USE_PREF_SIZE);
        HBox readout = new HBox(24, lossLabel, pointLabel);
        readout.setAlignment(Pos.BASELINE_LEFT);
        readout.setPadding(new Insets(2, 16, 6, 16));
        return readout;
    }

    /** Creates the check box that shows or hides the slices' tangent lines, checked like the view-model's default. */
    private CheckBox createTangentToggle() {
        CheckBox tangents = new CheckBox(messages.get("window.tangents"));
        tangents.setId("tangent-toggle");
        tangents.setAccessibleText(messages.get("window.tangents.accessibleText"));
        tangents.setSelected(true);
        tangents.selectedProperty().addListener((property, was, shown) -> viewModel.showTangents(shown));
        return tangents;
    }

    /** Creates the button that hides the training panel, giving its width to the views, and shows it again. */
    private ToggleButton createPanelToggle() {
        ToggleButton toggle = new ToggleButton(messages.get("window.trainingPanel"));
        toggle.setId("training-toggle");
        toggle.setSelected(true);
        panelToggle = toggle;
        trainingPanel.visibleProperty().bind(toggle.selectedProperty());
        trainingPanel.managedProperty().bind(toggle.selectedProperty());
        widthProperty().addListener((property, oldWidth, newWidth) -> fitPanel(toggle, newWidth.doubleValue()));
        return toggle;
    }

    /**
     * Hides the training panel while the window is too narrow for it beside four readable charts,
     * and shows it again once there is room, unless the user hid it with the toggle.
     */
    private void fitPanel(ToggleButton toggle, double width) {
        if (width < PANEL_MIN_WINDOW_WIDTH && toggle.isSelected()) {
            panelHiddenForWidth = true;
            toggle.setSelected(false);
        } else if (width >= PANEL_MIN_WINDOW_WIDTH && panelHiddenForWidth) {
            panelHiddenForWidth = false;
            toggle.setSelected(true);
        }
    }

    private void bindReadout() {
        context.bind(viewModel.currentLoss(),
                loss -> lossLabel.setText(messages.format("loss.text", messages.loss(loss))));
        context.bind(viewModel.currentPoint(), this::showPoint);
        context.bind(viewModel.currentGradient(), gradientReadout::show);
    }

    private void showPoint(ParameterPoint point) {
        pointLabel.setText(describe(point, messages::parameterValue));
    }

    /** Returns the four values of {@code point}, each formatted by {@code format}, in one line. */
    private String describe(ParameterPoint point, DoubleFunction<String> format) {
        StringBuilder text = new StringBuilder();
        for (Parameter parameter : Parameter.values()) {
            if (text.length() > 0) {
                text.append("   ");
            }
            text.append(messages.format("slider.value", messages.symbol(parameter), format.apply(point.get(parameter))));
        }
        return text.toString();
    }

    /**
     * Shows an empty panel of the same width in place of the training panel until the first
     * frame whose slice charts are filled, and the training panel from the next pulse on, or
     * after {@link #PANEL_DEFERRAL_LIMIT} at the latest, for a grid that fails or a view that
     * never fills. Styling and laying out the panel's controls for the first time took about
     * 0.5 s of a 1.7 s start-up, and the charts and sliders need not wait for it. Call once,
     * after the window is placed in a scene and before the scene is shown.
     *
     * @throws IllegalStateException if the window is not in a scene yet
     */
    public void deferTrainingPanel() {
        Scene scene = getScene();
        if (scene == null) {
            throw new IllegalStateException("Invalid call: the window must be in a scene before the training panel is deferred");
        }
        Region placeholder = new Region();
        placeholder.setId(PANEL_PLACEHOLDER_ID);
        // The panel's style class gives the placeholder the panel's fixed width, so the charts keep theirs.
        placeholder.getStyleClass().add("training-panel");
        placeholder.visibleProperty().bind(panelToggle.selectedProperty());
        placeholder.managedProperty().bind(panelToggle.selectedProperty());
        setRight(placeholder);
        PauseTransition limit = new PauseTransition(PANEL_DEFERRAL_LIMIT);
        limit.setOnFinished(event -> setRight(trainingPanel));
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (sliceChartsFilled(scene)) {
                    scene.removePostLayoutPulseListener(this);
                    limit.stop();
                    Platform.runLater(() -> setRight(trainingPanel));
                }
            }
        });
        limit.play();
    }

    /**
     * Returns true when every slice chart in {@code scene} shows a slice, or the scene has none.
     * Other charts, such as the training's loss curve, stay empty until the user acts. Reads no
     * data items, so calling it on every pulse costs no more than the lookup.
     */
    static boolean sliceChartsFilled(Scene scene) {
        for (Node node : scene.getRoot().lookupAll(".chart")) {
            if (node instanceof SliceChart chart && chart.shownSlice() == null) {
                return false;
            }
        }
        return true;
    }

    /** Returns the tab pane holding one tab per view. */
    public TabPane views() {
        return views;
    }

    /** Ends every subscription of this window and its views to the view-model. */
    public void dispose() {
        context.dispose();
    }
}
