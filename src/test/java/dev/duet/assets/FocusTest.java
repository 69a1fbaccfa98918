package dev.duet.assets;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FocusTest {

    @Test
    void storyblok_s_rectangle_is_read_and_written_back_unchanged() {
        var focus = Focus.parse("focus", " 120x80:121x81 ", 400, 200);

        assertThat(focus).isEqualTo(new Focus(120, 80, 121, 81));
        assertThat(focus.toString()).isEqualTo("120x80:121x81");
        assertThat(focus.centerX()).isEqualTo(120.5);
        assertThat(focus.centerY()).isEqualTo(80.5);
    }

    @Test
    void blank_means_no_focus_point() {
        assertThat(Focus.parse("focus", "", 10, 10)).isNull();
        assertThat(Focus.parse("focus", null, null, null)).isNull();
    }

    @Test
    void a_rectangle_reaching_the_far_edges_is_inside_but_one_beyond_them_is_not() {
        assertThat(Focus.parse("focus", "0x0:400x200", 400, 200)).isNotNull();
        assertThatThrownBy(() -> Focus.parse("focus", "0x0:401x200", 400, 200))
                .isInstanceOf(InvalidInput.class).hasMessage("focus: must lie inside the 400x200 image, got 0x0:401x200");
    }

    @Test
    void malformed_inverted_or_sizeless_points_are_refused_naming_the_field() {
        assertThatThrownBy(() -> Focus.parse("focus", "120,80", 400, 200)).hasMessageStartingWith("focus: must be a pixel rectangle");
        assertThatThrownBy(() -> Focus.parse("focus", "-1x0:1x1", 400, 200)).hasMessageStartingWith("focus: must be a pixel rectangle");
        assertThatThrownBy(() -> Focus.parse("focus", "20x20:10x30", 400, 200)).hasMessageContaining("right edge");
        assertThatThrownBy(() -> Focus.parse("focus", "1x1:2x2", null, null)).hasMessageContaining("only images");
    }
}
