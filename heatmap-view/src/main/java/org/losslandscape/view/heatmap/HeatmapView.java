package org.losslandscape.view.heatmap;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.losslandscape.model.ParameterPoint;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.viewmodel.LossMap;
import org.losslandscape.viewmodel.LossMapViewModel;
import org.losslandscape.viewmodel.ParameterPair;
import org.losslandscape.viewmodel.PathSeries;

import java.util.List;
import java.util.Objects;

/**
 * The heatmap view: the loss over a chosen pair of parameters through the current point,
 * coloured with viridis, with a colour bar, optional contour lines, training paths and the
 * current point marked. Clicking or dragging on the map moves the current point to the
 * nearest grid point; hovering shows the values and the loss there.
 *
 * <p>FX thread only. Its subscriptions end with the window that owns the context.
 */
public final class HeatmapView extends BorderPane {

    private static final int CONTOUR_LEVELS = 8;
    private static final int VALUE_DECIMALS = 2;
    private static final int LOSS_DECIMALS = 4;

    private final LossMapViewModel maps;
    private final HeatmapMessages messages;
    private final ComboBox<ParameterPair> pairChoice = new ComboBox<>();
    private final CheckBox contourToggle = new CheckBox();
    private final Label hoverLabel = new Label();
    private final MapImage mapImage = new MapImage();
    private final HeatmapPlot plot;
    private LossMap map;
    private PlotGeometry geometry;
    private ParameterPoint point;
    private List<PathSeries> paths = List.of();
    private double[] contourSegments = new double[0];

    HeatmapView(ViewContext context, LossMapViewModel maps, HeatmapMessages messages) {
        this.maps = Objects.requireNonNull(maps, "maps");
        this.messages = messages;
        this.plot = new HeatmapPlot(new ColourBar(messages));
        setId("heatmap-view");
        getStyleClass().add("heatmap-view");
        getStylesheets().add(Objects.requireNonNull(HeatmapView.class.getResource("heatmap.css"),
                "heatmap.css missing from the heatmap module").toExternalForm());
        setTop(createToolbar());
        setCenter(createPlot());
        bindViewModel(context);
    }

    private VBox createToolbar() {
        Label pairLabel = new Label(messages.get("pair.label"));
        pairChoice.setId("heatmap-pair");
        pairChoice.getItems().setAll(ParameterPair.all());
        pairChoice.setConverter(pairNames());
        pairChoice.setValue(ParameterPair.OUTPUT_LAYER);
        pairChoice.valueProperty().addListener((property, oldPair, newPair) -> maps.selectPair(newPair));
        pairLabel.setLabelFor(pairChoice);
        contourToggle.setId("heatmap-contours");
        contourToggle.setText(messages.get("contours.label"));
        contourToggle.setSelected(true);
        contourToggle.selectedProperty().addListener((property, was, selected) -> updateContours());
        hoverLabel.setId("heatmap-hover");
        hoverLabel.getStyleClass().add("heatmap-hover");
        hoverLabel.setText(messages.get("hover.hint"));
        // The controls keep their full width, and the hover read-out gets a line of its own below
        // them. So neither is cut short beside the training panel.
        for (Region control : new Region[] {pairLabel, pairChoice, contourToggle}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(12, pairLabel, pairChoice, contourToggle);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(4, controls, hoverLabel);
        toolbar.setPadding(new Insets(6, 16, 0, 16));
        return toolbar;
    }

    private StringConverter<ParameterPair> pairNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ParameterPair pair) {
                return pair == null ? "" : messages.format("pair.option", messages.symbol(pair.x()), messages.symbol(pair.y()));
            }

            @Override
            public ParameterPair fromString(String text) {
                throw new UnsupportedOperationException("The pair list is not editable");
            }
        };
    }

    private HeatmapPlot createPlot() {
        plot.setOnResize(this::updateGeometry);
        plot.canvas().setOnMousePressed(this::selectAt);
        plot.canvas().setOnMouseDragged(event -> {
            selectAt(event);
            showHover(event);
        });
        // The release repeats the last drag position: after a fast drag the pointer's final
        // motion may arrive only with the release, and the point must end where the pointer is.
        plot.canvas().setOnMouseReleased(event -> {
            selectAt(event);
            showHover(event);
        });
        plot.canvas().setOnMouseMoved(this::showHover);
        plot.canvas().setOnMouseExited(event -> hoverLabel.setText(messages.get("hover.hint")));
        return plot;
    }

    private void bindViewModel(ViewContext context) {
        context.bind(maps.lossMap(), this::showMap);
        context.bind(maps.pair(), pairChoice::setValue);
        context.bind(context.viewModel().currentPoint(), current -> {
            point = current;
            redrawOverlay();
        });
        context.bind(context.viewModel().paths(), latest -> {
            paths = latest;
            redrawOverlay();
        });
    }

    private void showMap(LossMap next) {
        map = next;
        plot.image().setImage(mapImage.show(next));
        plot.legend().show(ColourScale.of(next));
        updateContours();
        updateGeometry();
    }

    private void updateContours() {
        contourSegments = map != null && contourToggle.isSelected()
                ? ContourLines.segments(map, ContourLines.levels(ColourScale.of(map), CONTOUR_LEVELS))
                : new double[0];
        redrawOverlay();
    }

    private void updateGeometry() {
        if (map == null) {
            return;
        }
        double side = plot.side();
        geometry = PlotGeometry.of(map, side, side);
        PlotGeometry laidOut = geometry;
        plot.xAxis().show(messages.symbol(map.xParameter()), laidOut.xMin(), laidOut.xMax(), laidOut::pixelX);
        plot.yAxis().show(messages.symbol(map.yParameter()), laidOut.yMin(), laidOut.yMax(), laidOut::pixelY);
        redrawOverlay();
    }

    private void redrawOverlay() {
        GraphicsContext graphics = plot.canvas().getGraphicsContext2D();
        graphics.clearRect(0, 0, plot.canvas().getWidth(), plot.canvas().getHeight());
        if (map == null || geometry == null) {
            return;
        }
        OverlayPainter.contours(graphics, geometry, contourSegments);
        OverlayPainter.paths(graphics, geometry, map.pair(), paths);
        if (point != null) {
            OverlayPainter.marker(graphics, geometry, map.pair(), point);
        }
    }

    private void selectAt(MouseEvent event) {
        if (map != null && geometry != null) {
            maps.selectAt(map.pair(), geometry.valueX(event.getX()), geometry.valueY(event.getY()));
        }
    }

    private void showHover(MouseEvent event) {
        if (map == null || geometry == null || point == null) {
            return;
        }
        ParameterPair pair = map.pair();
        ParameterPoint snapped = maps.snap(pair, point, geometry.valueX(event.getX()), geometry.valueY(event.getY()));
        hoverLabel.setText(messages.format("hover.text",
                messages.symbol(pair.x()), messages.number(snapped.get(pair.x()), VALUE_DECIMALS),
                messages.symbol(pair.y()), messages.number(snapped.get(pair.y()), VALUE_DECIMALS),
                messages.number(maps.lossAt(snapped), LOSS_DECIMALS)));
    }

    // ---- for tests in this package ----

    /** Returns the map on screen, or null before the first one arrives. */
    LossMap map() {
        return map;
    }

    /** Returns the map image, or null before the first map arrives. */
    WritableImage image() {
        return mapImage.image();
    }

    /** Returns the current plot geometry, or null before the first map arrives. */
    PlotGeometry geometry() {
        return geometry;
    }

    /** Returns the plot: image, canvas, axes and legend. */
    HeatmapPlot plot() {
        return plot;
    }

    /** Returns the contour segments drawn, empty when contour lines are off. */
    double[] contourSegments() {
        return contourSegments;
    }
}
