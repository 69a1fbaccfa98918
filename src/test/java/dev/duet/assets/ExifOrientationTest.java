package dev.duet.assets;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

    private static final byte[] PHOTO = Images.halves("jpg", 40, 20, Color.RED, Color.BLUE);

    @Test
    void the_orientation_is_read_in_either_byte_order_and_is_normal_without_exif() {
        assertThat(ExifOrientation.of(Images.withOrientation(PHOTO, 6, true))).isEqualTo(6);
        assertThat(ExifOrientation.of(Images.withOrientation(PHOTO, 8, false))).isEqualTo(8);
        assertThat(ExifOrientation.of(PHOTO)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.of(Images.withOrientation(PHOTO, 42, true))).as("nonsense is ignored").isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo(ExifOrientation.NORMAL);
    }

    /** A 3x2 image whose top-left pixel is red and every other pixel black. */
    private static BufferedImage marked() {
        var image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        return image;
    }

    /** Where the stored top-left pixel ends up when shown. */
    private static int[] redAfter(int orientation) {
        var shown = ExifOrientation.apply(marked(), orientation);
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                if (shown.getRGB(x, y) == Color.RED.getRGB()) return new int[] {x, y, shown.getWidth(), shown.getHeight()};
            }
        }
        throw new AssertionError("the red pixel is lost");
    }

    @Test
    void each_orientation_turns_or_mirrors_the_pixels_as_exif_defines() {
        assertThat(redAfter(1)).containsExactly(0, 0, 3, 2);
        assertThat(redAfter(2)).as("mirrored").containsExactly(2, 0, 3, 2);
        assertThat(redAfter(3)).as("half a turn").containsExactly(2, 1, 3, 2);
        assertThat(redAfter(4)).as("flipped").containsExactly(0, 1, 3, 2);
        assertThat(redAfter(5)).as("transposed").containsExactly(0, 0, 2, 3);
        assertThat(redAfter(6)).as("a quarter turn clockwise").containsExactly(1, 0, 2, 3);
        assertThat(redAfter(7)).as("transversed").containsExactly(1, 2, 2, 3);
        assertThat(redAfter(8)).as("a quarter turn anticlockwise").containsExactly(0, 2, 2, 3);
    }
}
