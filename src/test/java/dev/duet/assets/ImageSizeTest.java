package dev.duet.assets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageSizeTest {

    /** A WebP file's first 30 bytes: RIFF header, then the first chunk's name and its first bytes. */
    private static byte[] webp(String chunk, int... data) {
        var head = new byte[30];
        System.arraycopy("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1), 0, head, 0, 12);
        System.arraycopy(chunk.getBytes(StandardCharsets.ISO_8859_1), 0, head, 12, 4);
        for (int i = 0; i < data.length; i++) head[20 + i] = (byte) data[i];
        return head;
    }

    @Test
    void each_kind_of_webp_keeps_its_size_in_its_first_chunk() {
        // lossy: frame tag, start code 9d 01 2a, then 14-bit width and height
        var lossy = webp("VP8 ", 0, 0, 0, 0x9D, 0x01, 0x2A, 0x20, 0x03, 0x58, 0x02);
        // lossless: signature 2f, then width-1 and height-1 in 14 bits each (640x480: 639 | 479 << 14)
        long bits = 639 | 479L << 14;
        var lossless = webp("VP8L", 0x2F, (int) (bits & 0xFF), (int) (bits >> 8 & 0xFF), (int) (bits >> 16 & 0xFF), (int) (bits >> 24 & 0xFF));
        // extended: 4 bytes of flags, then canvas width-1 and height-1 in 24 bits each
        var extended = webp("VP8X", 0, 0, 0, 0, 0xFF, 0x0E, 0, 0x37, 0x04, 0);

        assertThat(ImageSize.webp(lossy)).contains(new ImageSize(800, 600));
        assertThat(ImageSize.webp(lossless)).contains(new ImageSize(640, 480));
        assertThat(ImageSize.webp(extended)).contains(new ImageSize(3840, 1080));
        assertThat(ImageSize.webp(webp("ALPH"))).isEmpty();
        assertThat(ImageSize.webp(new byte[12])).isEmpty();
    }
}
