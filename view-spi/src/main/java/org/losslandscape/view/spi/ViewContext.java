package org.losslandscape.view.spi;

import io.reactivex.rxjava3.core.Observable;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A view's access to the explorer: the shared view-model, the user's locale, and a way to bind
 * to streams on the FX thread. The window ends those bindings when it closes.
 */
public interface ViewContext {

    /** Returns the view-model that every view of the window shares. */
    ExplorerViewModel viewModel();

    /** Returns the locale for the view's texts and number formats. */
    Locale locale();

    /**
     * Calls {@code action} on the FX thread with the latest value of {@code source}, skipping
     * values superseded before the FX thread got to them, until the window closes.
     */
    <T> void bind(Observable<T> source, Consumer<? super T> action);
}
