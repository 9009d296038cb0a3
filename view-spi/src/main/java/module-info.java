/**
 * The extension point for explorer views. A view module {@code provides}
 * {@link org.losslandscape.view.spi.ExplorerViewProvider}; the application finds every
 * provider on the module path with {@link java.util.ServiceLoader} and shows its view.
 */
module org.losslandscape.view.spi {
    // Providers build their views from the view-model's streams.
    requires transitive org.losslandscape.viewmodel;
    // javafx.scene.Node is the type a provider returns.
    requires transitive javafx.graphics;
    // FxSubscriptions moves values onto the FX thread with the bridge's scheduler.
    requires org.pdfsam.rxjavafx;

    exports org.losslandscape.view.spi;
}
