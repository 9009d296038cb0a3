import org.losslandscape.view.slices.SlicesViewProvider;
import org.losslandscape.view.spi.ExplorerViewProvider;

/**
 * The explorer's JavaFX window and its command-line entry point. Shows every
 * {@link ExplorerViewProvider} found on the module path; the four-slice view is one of them.
 */
module org.losslandscape.view {
    requires org.losslandscape.view.spi;
    requires javafx.controls;
    requires org.controlsfx.controls;
    // The JVM's start time for loss-explorer --startup-report.
    requires java.management;

    uses ExplorerViewProvider;
    provides ExplorerViewProvider with SlicesViewProvider;

    // JavaFX instantiates the Application subclass reflectively from javafx.graphics.
    exports org.losslandscape.view.app to javafx.graphics;
}
