package dev.duet.assets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeTest {

    private static byte[] bytes(int... values) {
        var bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        return bytes;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void each_accepted_type_is_known_by_its_magic_number() {
        assertThat(MediaType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(MediaType.JPEG);
        assertThat(MediaType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(MediaType.PNG);
        assertThat(MediaType.detect(text("GIF89a..."))).contains(MediaType.GIF);
        assertThat(MediaType.detect(text("RIFF\0\0\0\0WEBPVP8 "))).contains(MediaType.WEBP);
        assertThat(MediaType.detect(text("%PDF-1.7"))).contains(MediaType.PDF);
        assertThat(MediaType.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'))).contains(MediaType.MP4);
    }

    @Test
    void an_svg_may_open_with_a_declaration_comments_and_a_doctype() {
        assertThat(MediaType.detect(text("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).contains(MediaType.SVG);
        assertThat(MediaType.detect(text("\uFEFF<?xml version=\"1.0\"?>\n<!-- made by hand -->\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg>")))
                .contains(MediaType.SVG);
        assertThat(MediaType.detect(text("<html><svg></svg></html>"))).isEmpty();
        assertThat(MediaType.detect(text("<svgx>"))).isEmpty();
    }

    @Test
    void look_alikes_and_other_files_are_not_accepted_and_are_described() {
        assertThat(MediaType.detect(text("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
        assertThat(MediaType.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).isEmpty();
        assertThat(MediaType.detect(bytes(0xFF, 0xD8))).isEqualTo(Optional.empty());
        assertThat(MediaType.describe(text("just some notes\n"))).isEqualTo("text");
        assertThat(MediaType.describe(text("<!DOCTYPE html><html>"))).isEqualTo("HTML");
        assertThat(MediaType.describe(text("PK\u0003\u0004"))).startsWith("a ZIP archive");
        assertThat(MediaType.describe(bytes(0x7F, 'E', 'L', 'F', 2))).isEqualTo("a program");
        assertThat(MediaType.describe(bytes())).isEqualTo("an empty file");
        assertThat(MediaType.describe(bytes(0, 1, 2, 0xFE))).isEqualTo("data of an unknown type");
    }

    @Test
    void kinds_group_types_as_an_asset_fields_filetypes_do() {
        assertThat(MediaType.ofKind("images")).containsExactly(MediaType.JPEG, MediaType.PNG, MediaType.GIF, MediaType.WEBP, MediaType.SVG);
        assertThat(MediaType.ofKind("videos")).containsExactly(MediaType.MP4);
        assertThat(MediaType.ofKind("texts")).containsExactly(MediaType.PDF);
        assertThat(MediaType.ofKind("audios")).isEmpty();
    }
}
