package org.losslandscape.view.app;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import org.losslandscape.view.spi.FxSubscriptions;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.viewmodel.ExplorerViewModel;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/** The context the window gives its views; {@link #dispose()} ends every binding made through it. */
final class WindowViewContext implements ViewContext {

    private final ExplorerViewModel viewModel;
    private final Locale locale;
    private final CompositeDisposable bindings = new CompositeDisposable();

    WindowViewContext(ExplorerViewModel viewModel, Locale locale) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public <T> void bind(Observable<T> source, Consumer<? super T> action) {
        bindings.add(FxSubscriptions.latestOnFx(source, action));
    }

    /** Ends every binding made through this context. */
    void dispose() {
        bindings.dispose();
    }
}
