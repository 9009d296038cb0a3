/**
 * The explorer's JavaFX window and its command-line entry point. The only module that
 * touches JavaFX nodes and the FX application thread.
 */
module org.losslandscape.view {
    requires org.losslandscape.viewmodel;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.pdfsam.rxjavafx;

    // JavaFX instantiates the Application subclass reflectively from javafx.graphics.
    exports org.losslandscape.view.app to javafx.graphics;
}
