package dev.duet.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords are stored as salted PBKDF2 hashes that carry their own iteration count. */
class PasswordHasherTest {

    @Test
    void a_hash_matches_its_password_only() {
        var hasher = new PasswordHasher(1000);
        var stored = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", stored)).isTrue();
        assertThat(hasher.matches("correct horse batterz", stored)).isFalse();
        assertThat(hasher.hash("correct horse battery")).as("salted").isNotEqualTo(stored);
    }

    @Test
    void a_hash_made_with_another_iteration_count_still_matches_after_the_count_changes() {
        var stored = new PasswordHasher(1000).hash("correct horse battery");

        assertThat(stored).startsWith("pbkdf2-sha512$1000$");
        assertThat(new PasswordHasher(2000).matches("correct horse battery", stored)).isTrue();
        assertThat(new PasswordHasher(2000).hash("correct horse battery")).startsWith("pbkdf2-sha512$2000$");
    }

    @Test
    void a_stored_value_of_another_shape_never_matches() {
        var hasher = new PasswordHasher(1000);

        assertThat(hasher.matches("x", "plain")).isFalse();
        assertThat(hasher.matches("x", "bcrypt$1000$c2FsdA==$aGFzaA==")).isFalse();
    }
}
