package dev.duet.releases;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a conflict reads to the people who must resolve it. */
class ReleaseConflictTest {

    @Test
    void a_change_names_who_changed_the_story_and_which_versions() {
        var conflict = ReleaseConflict.changed(42, "Home", List.of(4, 5), List.of("ed@example.com", "ann@example.com"));

        assertThat(conflict.reason()).isEqualTo("changed");
        assertThat(conflict.message())
                .isEqualTo("“Home” was changed by ed@example.com, ann@example.com after it was added (versions 4, 5)");
    }

    @Test
    void a_single_version_is_named_in_the_singular() {
        assertThat(ReleaseConflict.changed(42, "Home", List.of(4), List.of("ed@example.com")).message())
                .endsWith("(version 4)");
    }

    @Test
    void a_deleted_story_is_named_by_the_name_it_had() {
        var conflict = ReleaseConflict.deleted(7, "Pricing");

        assertThat(conflict.reason()).isEqualTo("deleted");
        assertThat(conflict.message()).isEqualTo("“Pricing” was deleted after it was added to the release");
        assertThat(conflict.versions()).isEmpty();
    }
}
