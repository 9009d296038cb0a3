/**
 * The tiny network of the lecture, its squared-error loss and its gradient, the loss grid over
 * its four parameters, and the optimizers that train it. Plain Java numerics: no dependency
 * beyond {@code java.base}, no logging.
 */
module org.losslandscape.model {
    exports org.losslandscape.model;
    exports org.losslandscape.model.grid;
    exports org.losslandscape.model.export;
    exports org.losslandscape.model.slice;
    exports org.losslandscape.model.training;
}
