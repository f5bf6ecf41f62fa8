package com.suanli.desk.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a window shows to the directory {@code -Ddesk.screenshots} names (the screenshot runs in
 * docs/workstation.md): the scene rendered headless, the same window and code as on a screen.
 */
public final class Screenshots {

    /** The system property naming the directory; the screenshot runs are skipped without it. */
    public static final String DIRECTORY = "desk.screenshots";

    private Screenshots() {
    }

    public static void save(Stage stage, String name) throws Exception {
        DeskWindow.settle();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", Path.of(System.getProperty(DIRECTORY)).resolve(name).toFile());
    }
}
