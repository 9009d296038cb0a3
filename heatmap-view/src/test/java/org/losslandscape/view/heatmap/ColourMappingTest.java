package org.losslandscape.view.heatmap;

import org.junit.jupiter.api.Test;
import org.losslandscape.model.Parameter;
import org.losslandscape.viewmodel.LossMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColourMappingTest {

    private static final double EXACT = 0.0;
    /** Largest fall in L* between neighbouring entries that rounding to 8 bits may cause. */
    private static final double LIGHTNESS_ROUNDING = 0.05;

    @Test
    void viridisEndsAtPurpleAndYellow() {
        assertEquals(0xFF440154, Viridis.argb(0));
        assertEquals(0xFFFDE725, Viridis.argb(1));
    }

    @Test
    void viridisMiddleIsTeal() {
        // Anchor t = 0.5 is (0.127568, 0.566949, 0.550556); entry 128 lies 1/510 past it.
        int colour = Viridis.argb(0.5);

        assertEquals(0x21, (colour >> 16) & 0xFF, 1);
        assertEquals(0x91, (colour >> 8) & 0xFF, 1);
        assertEquals(0x8C, colour & 0xFF, 1);
    }

    @Test
    void viridisLightnessNeverFalls() {
        double first = lightness(Viridis.entry(0));
        double previous = first;

        for (int i = 1; i < Viridis.SIZE; i++) {
            double current = lightness(Viridis.entry(i));
            assertTrue(current > previous - LIGHTNESS_ROUNDING, "entry " + i + " is darker than entry " + (i - 1));
            previous = current;
        }
        assertTrue(previous - first > 70, "viridis runs from L* 16 to 92");
    }

    /** Returns the CIE L* lightness, 0 to 100, of an sRGB colour given as ARGB. */
    private static double lightness(int argb) {
        double luminance = 0.2126 * linear((argb >> 16) & 0xFF) + 0.7152 * linear((argb >> 8) & 0xFF)
                + 0.0722 * linear(argb & 0xFF);
        double f = luminance > 0.008856 ? Math.cbrt(luminance) : 7.787 * luminance + 16.0 / 116;
        return 116 * f - 16;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void viridisClampsOutOfRangeValues() {
        assertEquals(Viridis.argb(0), Viridis.argb(-3));
        assertEquals(Viridis.argb(0), Viridis.argb(Double.NaN));
        assertEquals(Viridis.argb(1), Viridis.argb(7));
    }

    @Test
    void flatScaleUsesMiddleColour() {
        ColourScale scale = new ColourScale(0.25, 0.25);

        assertEquals(0.5, scale.fraction(0.25), EXACT);
        assertEquals(Viridis.argb(0.5), scale.argb(0.25));
    }

    @Test
    void fillPutsRowZeroAtBottom() {
        LossMap map = new LossMap(Parameter.W0, Parameter.B0, new double[] {0, 1}, new double[] {0, 1, 2},
                new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 1.0}, 0.0, 1.0);
        int[] pixels = new int[6];

        MapImage.fill(map, ColourScale.of(map), pixels);

        assertEquals(Viridis.argb(0.0), pixels[4], "row 0, column 0 is the bottom-left pixel");
        assertEquals(Viridis.argb(0.1), pixels[5]);
        assertEquals(Viridis.argb(0.4), pixels[0], "row 2, column 0 is the top-left pixel");
        assertEquals(Viridis.argb(1.0), pixels[1]);
    }
}
