/**
 * Turns the explorer's inputs (slider indices) into RxJava streams of slices, losses and the
 * grid's state. Never depends on JavaFX: schedulers come from the caller.
 */
module org.losslandscape.viewmodel {
    // Model types (Parameter, GridIndex, LossGrid, ParameterPoint) appear in this module's API.
    requires transitive org.losslandscape.model;
    // The API returns Observable and takes Scheduler.
    requires transitive io.reactivex.rxjava3;

    exports org.losslandscape.viewmodel;
}
