package org.losslandscape.view.app;

import org.losslandscape.view.spi.ExplorerViewProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the explorer's views: every {@link ExplorerViewProvider} on the module path. */
public final class ViewProviders {

    private static final System.Logger LOG = System.getLogger(ViewProviders.class.getName());

    private ViewProviders() {
    }

    /**
     * Returns the providers found by {@link ServiceLoader} in the boot layer, sorted by
     * {@link ExplorerViewProvider#order()} then id. A provider that fails to load is logged
     * and skipped, so one broken plug-in cannot keep the window from opening.
     */
    public static List<ExplorerViewProvider> discover() {
        List<ExplorerViewProvider> providers = new ArrayList<>();
        Iterator<ExplorerViewProvider> iterator = ServiceLoader.load(ExplorerViewProvider.class).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                providers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.log(System.Logger.Level.ERROR, "Skipped a view provider that failed to load", e);
            }
        }
        return sorted(providers);
    }

    /** Returns {@code providers} sorted by order, then id, as a new list. */
    static List<ExplorerViewProvider> sorted(List<ExplorerViewProvider> providers) {
        List<ExplorerViewProvider> copy = new ArrayList<>(providers);
        copy.sort(Comparator.comparingInt(ExplorerViewProvider::order).thenComparing(ExplorerViewProvider::id));
        return copy;
    }
}
