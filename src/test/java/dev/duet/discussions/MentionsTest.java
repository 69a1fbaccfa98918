package dev.duet.discussions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionsTest {

    @Test
    void at_emails_are_found_without_trailing_punctuation_and_lower_cased() {
        assertThat(Mentions.emails("@Ann@Example.com, can you and (@bo@example.org) look? cc @ann@example.com."))
                .containsExactly("ann@example.com", "bo@example.org");
    }

    @Test
    void an_email_address_without_an_at_sign_before_it_is_not_a_mention() {
        assertThat(Mentions.emails("write to ann@example.com or @team")).isEmpty();
    }
}
