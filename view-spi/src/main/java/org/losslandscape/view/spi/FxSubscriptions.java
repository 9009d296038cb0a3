package org.losslandscape.view.spi;

import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.disposables.Disposable;
import javafx.application.Platform;
import org.pdfsam.rxjavafx.schedulers.JavaFxScheduler;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one place where view-model streams meet the FX application thread.
 *
 * <p>{@link #latestOnFx} delivers only the newest value: values that arrive while an update
 * is already queued replace it, so a burst of changes never builds a backlog of stale
 * redraws.
 */
public final class FxSubscriptions {

    private static final System.Logger LOG = System.getLogger(FxSubscriptions.class.getName());

    private FxSubscriptions() {
    }

    /**
     * Subscribes {@code action} to {@code source}, calling it on the FX thread with the
     * latest value. A value emitted on the FX thread with nothing queued is applied at once.
     * Errors are logged and end the subscription.
     *
     * @return the subscription, to dispose when the node it updates goes away
     */
    public static <T> Disposable latestOnFx(Observable<T> source, Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        Coalescer<T> coalescer = new Coalescer<>(action);
        return source.subscribe(coalescer::offer,
                error -> LOG.log(System.Logger.Level.ERROR, "View-model stream failed", error));
    }

    /** Keeps the newest value and at most one queued flush on the FX thread. */
    private static final class Coalescer<T> {
        private static final Object EMPTY = new Object();

        private final Consumer<? super T> action;
        private final AtomicReference<Object> pending = new AtomicReference<>(EMPTY);

        Coalescer(Consumer<? super T> action) {
            this.action = action;
        }

        void offer(T value) {
            if (Platform.isFxApplicationThread() && pending.get() == EMPTY) {
                action.accept(value);
                return;
            }
            if (pending.getAndSet(value) == EMPTY) {
                JavaFxScheduler.platform().scheduleDirect(this::flush);
            }
        }

        @SuppressWarnings("unchecked")
        private void flush() {
            Object value = pending.getAndSet(EMPTY);
            if (value != EMPTY) {
                action.accept((T) value);
            }
        }
    }
}
