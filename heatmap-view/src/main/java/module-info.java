import org.losslandscape.view.heatmap.HeatmapViewProvider;
import org.losslandscape.view.spi.ExplorerViewProvider;

/**
 * A view plug-in for the explorer: the loss over any two parameters through the current
 * point, as a colour map with a legend, contour lines, the current point and training paths.
 * Knows only the view SPI: the explorer finds it on the module path.
 */
module org.losslandscape.view.heatmap {
    // The SPI, and through it the view-model, RxJava and javafx.graphics.
    requires org.losslandscape.view.spi;
    // Combo box, check box and labels.
    requires javafx.controls;

    provides ExplorerViewProvider with HeatmapViewProvider;
}
