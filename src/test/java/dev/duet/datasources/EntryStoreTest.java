package dev.duet.datasources;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryStoreTest {

    @Test
    void search_text_is_lowercased_and_its_wildcards_and_escape_character_match_literally() {
        assertThat(EntryStore.likePattern("50%_Off!")).isEqualTo("%50!%!_off!!%");
    }
}
