package org.losslandscape.viewmodel;

import org.losslandscape.model.grid.LossGrid;

import java.util.Objects;

/** The state of the explorer's loss grid: being computed, ready, or failed. */
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
