package org.losslandscape.view.heatmap;

import io.reactivex.rxjava3.schedulers.Schedulers;
import javafx.scene.Node;
import org.losslandscape.view.spi.ExplorerViewProvider;
import org.losslandscape.view.spi.ViewContext;
import org.losslandscape.viewmodel.LossMapViewModel;

import java.util.Locale;

/** Provides the heatmap: the loss over a chosen pair of parameters through the current point. */
public final class HeatmapViewProvider implements ExplorerViewProvider {

    /** The identifier of this view, also the suffix of its tab's node id. */
    public static final String ID = "heatmap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName(Locale locale) {
        return HeatmapMessages.forLocale(locale).get("view.heatmap.name");
    }

    /** Comes after the lecture's slices, which have order 0. */
    @Override
    public int order() {
        return 10;
    }

    /** Builds the view with maps computed on RxJava's shared computation scheduler. */
    @Override
    public Node createView(ViewContext context) {
        LossMapViewModel maps = new LossMapViewModel(context.viewModel(), Schedulers.computation(),
                LossMapViewModel.DEFAULT_RESOLUTION);
        return new HeatmapView(context, maps, HeatmapMessages.forLocale(context.locale()));
    }
}
