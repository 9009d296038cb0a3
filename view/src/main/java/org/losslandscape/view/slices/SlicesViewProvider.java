package org.losslandscape.view.slices;

import javafx.scene.Node;
import org.losslandscape.view.spi.ExplorerViewProvider;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.view.text.Messages;

import java.util.Locale;

/** Provides the lecture's view: the loss along each parameter through the current point. */
public final class SlicesViewProvider implements ExplorerViewProvider {

    /** The identifier of this view, also the suffix of its tab's node id. */
    public static final String ID = "slices";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName(Locale locale) {
        return Messages.forLocale(locale).get("view.slices.name");
    }

    /** Comes first: it is the lecture's own view. */
    @Override
    public int order() {
        return 0;
    }

    @Override
    public Node createView(ViewContext context) {
        return new SlicesView(context, Messages.forLocale(context.locale()));
    }
}
