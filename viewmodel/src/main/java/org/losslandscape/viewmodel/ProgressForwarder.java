package org.losslandscape.viewmodel;

import io.reactivex.rxjava3.core.Observer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * Forwards a grid computation's progress as {@link GridState.Computing}, only when it has
 * grown by at least {@link #STEP}, and never once the computation is cancelled. Called
 * concurrently by the grid's worker threads; the target must accept concurrent calls
 * serialized by this object.
 */
final class ProgressForwarder implements DoubleConsumer {

    /** Smallest progress step forwarded, so subscribers are not flooded. */
    static final double STEP = 0.01;

    private final Observer<GridState> target;
    private final AtomicBoolean cancelled;
    private double lastSent;

    ProgressForwarder(Observer<GridState> target, AtomicBoolean cancelled) {
        this.target = target;
        this.cancelled = cancelled;
    }

    @Override
    public synchronized void accept(double fraction) {
        if (!cancelled.get() && fraction >= lastSent + STEP && fraction < 1) {
            lastSent = fraction;
            target.onNext(new GridState.Computing(fraction));
        }
    }
}
