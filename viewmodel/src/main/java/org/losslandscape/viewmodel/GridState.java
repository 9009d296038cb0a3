package org.losslandscape.viewmodel;

import org.losslandscape.model.grid.GridTooLargeException;
import org.losslandscape.model.grid.LossGrid;

import java.util.Objects;

/** The state of the explorer's loss grid: being computed, ready, not computed at this resolution, or failed. */
public sealed interface GridState {

    /**
     * The grid is being computed.
     *
     * @param fraction share of the work done, from 0 to 1
     */
    record Computing(double fraction) implements GridState {
    }

    /**
     * The grid is ready to query.
     *
     * @param grid the computed grid
     */
    record Ready(LossGrid grid) implements GridState {
        /** Checks that the grid is present. */
        public Ready {
            Objects.requireNonNull(grid, "grid");
        }
    }

    /**
     * No grid at this resolution: it would exceed the memory budget, so every slice and loss is
     * computed on demand from the network's formula.
     *
     * @param reason the budget check's exception, with the points, bytes needed and budget
     */
    record OnDemand(GridTooLargeException reason) implements GridState {
        /** Checks that the reason is present. */
        public OnDemand {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The computation failed; the view turns the cause into a message for the user.
     *
     * @param cause the exception that ended the computation
     */
    record Failed(Throwable cause) implements GridState {
        /** Checks that the cause is present. */
        public Failed {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
