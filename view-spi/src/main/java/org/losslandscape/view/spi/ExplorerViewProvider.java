package org.losslandscape.view.spi;

import javafx.scene.Node;

import java.util.Locale;

/**
 * A view of the loss landscape, found as a service: a module declares
 * {@code provides org.losslandscape.view.spi.ExplorerViewProvider with MyProvider;} and the
 * explorer shows the view in its own tab, with no change to the application.
 *
 * <p>Implementations need a public no-argument constructor or a public static
 * {@code provider()} method, as {@link java.util.ServiceLoader} requires. The explorer calls
 * {@link #createView} once per window, on the FX thread.
 */
public interface ExplorerViewProvider {

    /** Returns a short, stable identifier in lower case, such as {@code "slices"}, used in node ids. */
    String id();

    /** Returns the view's name for its tab, in {@code locale} where a translation exists. */
    String displayName(Locale locale);

    /** Returns the view's position among the tabs: lower values come first. The default is 100. */
    default int order() {
        return 100;
    }

    /**
     * Builds the view's node, bound to {@code context}'s view-model. Called on the FX thread.
     * Subscriptions made through {@link ViewContext#bind} end when the window closes.
     */
    Node createView(ViewContext context);
}
