package org.losslandscape.view.heatmap;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.losslandscape.viewmodel.LossMap;

/**
 * Paints loss maps into one image, one pixel per map cell, with y pointing up: map row 0 is
 * the image's bottom row. The image is reused while the map's size stays the same.
 *
 * <p>{@link #fill} is pure and may run on any thread. {@link #show} is FX thread only once
 * the image is on screen.
 */
final class MapImage {

    private WritableImage image;
    private int[] pixels = new int[0];

    /** Paints {@code map} and returns the image, a new one only when the map's size changed. */
    WritableImage show(LossMap map) {
        int width = map.width();
        int height = map.height();
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
            pixels = new int[width * height];
        }
        fill(map, ColourScale.of(map), pixels);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(),
                pixels, 0, width);
        return image;
    }

    /** Returns the image last painted, or null before the first map. */
    WritableImage image() {
        return image;
    }

    /**
     * Writes the colour of every cell of {@code map} into {@code pixels}, row by row from the
     * top of the picture: {@code pixels[(height − 1 − row) * width + column]}.
     *
     * @param pixels overwritten, at least {@code map.width() * map.height()} entries
     */
    static void fill(LossMap map, ColourScale scale, int[] pixels) {
        int width = map.width();
        int height = map.height();
        double[] losses = map.losses();
        for (int row = 0; row < height; row++) {
            int source = row * width;
            int target = (height - 1 - row) * width;
            for (int column = 0; column < width; column++) {
                pixels[target + column] = scale.argb(losses[source + column]);
            }
        }
    }
}
