package dev.duet.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void only_the_last_segment_of_a_path_is_kept() {
        assertThat(FileNames.sanitise("../../etc/passwd.png", MediaType.PNG)).isEqualTo("passwd.png");
        assertThat(FileNames.sanitise("C:\\Users\\ada\\Desktop\\hero.jpg", MediaType.JPEG)).isEqualTo("hero.jpg");
        assertThat(FileNames.sanitise("/", MediaType.PDF)).isEqualTo("file.pdf");
    }

    @Test
    void unsafe_characters_become_dashes_and_accents_are_dropped() {
        assertThat(FileNames.sanitise("Café crème (final) v2.jpg", MediaType.JPEG)).isEqualTo("Cafe-creme-final-v2.jpg");
        assertThat(FileNames.sanitise("a\u0000b%2e%2e.png", MediaType.PNG)).isEqualTo("a-b-2e-2e.png");
        assertThat(FileNames.sanitise("...hidden", MediaType.PNG)).isEqualTo("hidden.png");
        assertThat(FileNames.sanitise("spaß.gif", MediaType.GIF)).isEqualTo("spass.gif");
    }

    @Test
    void the_extension_tells_the_truth_about_the_content() {
        assertThat(FileNames.sanitise("photo.png", MediaType.JPEG)).isEqualTo("photo.jpg");
        assertThat(FileNames.sanitise("photo.JPEG", MediaType.JPEG)).isEqualTo("photo.JPEG");
        assertThat(FileNames.sanitise("invoice", MediaType.PDF)).isEqualTo("invoice.pdf");
        assertThat(FileNames.sanitise("shell.php", MediaType.GIF)).isEqualTo("shell.gif");
        assertThat(FileNames.sanitise(null, MediaType.MP4)).isEqualTo("file.mp4");
    }

    @Test
    void long_names_are_cut_keeping_the_extension() {
        var name = FileNames.sanitise("x".repeat(500) + ".webp", MediaType.WEBP);

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("x.webp");
    }
}
