package dev.duet.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransformTest {

    @Test
    void a_size_alone_keeps_focus_format_and_quality_open() {
        var transform = Transform.parse("800x0", null);

        assertThat(transform).isEqualTo(new Transform(800, 0, null, null, null));
        assertThat(transform.crops()).isFalse();
        assertThat(transform.outputFor(MediaType.JPEG)).isEqualTo(MediaType.JPEG);
        assertThat(transform.outputFor(MediaType.GIF)).isEqualTo(MediaType.PNG);
        assertThat(transform.qualityOrDefault()).isEqualTo(80);
    }

    @Test
    void filters_are_read_in_any_order_separated_by_colons() {
        var transform = Transform.parse("300x200", "filters:format(png):focal(120x80:121x81):quality(55)");

        assertThat(transform).isEqualTo(new Transform(300, 200, new Focus(120, 80, 121, 81), MediaType.PNG, 55));
        assertThat(transform.crops()).isTrue();
        assertThat(Transform.parse("1x1", "filters:format(jpg)").format()).isEqualTo(MediaType.JPEG);
    }

    @Test
    void sizes_beyond_the_bounds_and_malformed_filters_are_refused_naming_the_part() {
        assertThatThrownBy(() -> Transform.parse("4001x10", null)).hasMessageStartingWith("size: width and height must be at most 4000");
        assertThatThrownBy(() -> Transform.parse("99999999999x1", null)).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> Transform.parse("-5x10", null)).hasMessageStartingWith("size:");
        assertThatThrownBy(() -> Transform.parse("10x10", "focal(1x1:2x2)")).hasMessageStartingWith("filters: must start with filters:");
        assertThatThrownBy(() -> Transform.parse("10x10", "filters:grayscale()")).hasMessageContaining("unknown filter grayscale");
        assertThatThrownBy(() -> Transform.parse("10x10", "filters:quality(80)quality(70)")).hasMessageStartingWith("filters: separate");
        assertThatThrownBy(() -> Transform.parse("10x10", "filters:quality(0)")).hasMessageStartingWith("filters.quality:");
        assertThatThrownBy(() -> Transform.parse("10x10", "filters:focal(a:b)")).hasMessageStartingWith("filters.focal:");
        assertThatThrownBy(() -> Transform.parse("10x10", "filters:format(webp)")).hasMessageStartingWith("filters.format:");
    }
}
