package dev.duet.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CropTest {

    private static final ImageSize WIDE = new ImageSize(400, 200);

    @Test
    void without_a_focus_point_the_cut_is_centred() {
        assertThat(Crop.plan(WIDE, 100, 100, null)).isEqualTo(new Crop(100, 0, 200, 200, 100, 100));
    }

    @Test
    void the_cut_centres_on_the_focus_point_as_far_as_the_edges_allow() {
        assertThat(Crop.plan(WIDE, 100, 100, new Focus(250, 100, 251, 101))).isEqualTo(new Crop(151, 0, 200, 200, 100, 100));
        assertThat(Crop.plan(WIDE, 100, 100, new Focus(390, 10, 391, 11))).as("pushed back from the right edge")
                .isEqualTo(new Crop(200, 0, 200, 200, 100, 100));
        assertThat(Crop.plan(WIDE, 100, 100, new Focus(0, 0, 1, 1))).isEqualTo(new Crop(0, 0, 200, 200, 100, 100));
    }

    @Test
    void a_wider_target_cuts_rows_around_the_focus_point() {
        var tall = new ImageSize(200, 400);

        assertThat(Crop.plan(tall, 200, 100, new Focus(0, 300, 200, 320))).isEqualTo(new Crop(0, 260, 200, 100, 200, 100));
    }

    @Test
    void one_zero_side_keeps_the_aspect_ratio_and_two_keep_the_size() {
        assertThat(Crop.plan(WIDE, 100, 0, null)).isEqualTo(new Crop(0, 0, 400, 200, 100, 50));
        assertThat(Crop.plan(WIDE, 0, 50, new Focus(1, 1, 2, 2))).isEqualTo(new Crop(0, 0, 400, 200, 100, 50));
        assertThat(Crop.plan(WIDE, 0, 0, null)).isEqualTo(new Crop(0, 0, 400, 200, 400, 200));
        assertThat(Crop.plan(new ImageSize(3000, 1), 10, 0, null).outHeight()).as("never 0 pixels").isEqualTo(1);
    }

    @Test
    void a_target_larger_than_the_source_scales_up_the_largest_cut_that_fits() {
        assertThat(Crop.plan(WIDE, 800, 800, null)).isEqualTo(new Crop(100, 0, 200, 200, 800, 800));
    }
}
