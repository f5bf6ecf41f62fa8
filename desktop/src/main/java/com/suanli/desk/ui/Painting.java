package com.suanli.desk.ui;

/**
 * How JavaFX paints the desk, settled before its toolkit starts. Prism keeps a region whose background has more than
 * one fill (every table row of the theme: the border colour under the row's colour, inset a pixel at the bottom) as an
 * image, and draws that image stretched in slices; JavaFX's software renderer, which the desk runs on where there is no
 * GPU (under Xvfb, on a remote desktop), draws an image pixel by pixel at several times the cost of filling the
 * rectangles it was made of. The whole trading screen took about 50 ms of the render thread a frame with the images
 * and 17 ms filled directly (docs/BENCHMARKS.md, PulseProbe), and a busy market repaints its tables every few pulses.
 * A value given on the command line wins.
 */
final class Painting {

    /** Prism's own switch: regions' backgrounds filled each frame rather than drawn from cached images. */
    static final String NO_REGION_IMAGES = "prism.disableRegionCaching";

    private Painting() {
    }

    /** Before the toolkit starts: it reads these once. */
    static void beforeToolkit() {
        if (System.getProperty(NO_REGION_IMAGES) == null) {
            System.setProperty(NO_REGION_IMAGES, "true");
        }
    }
}
