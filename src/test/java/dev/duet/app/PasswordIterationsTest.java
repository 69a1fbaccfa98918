package dev.duet.app;

import dev.duet.access.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PBKDF2 iterations for new passwords: DUET_PASSWORD_ITERATIONS, OWASP's 210,000 unless told otherwise. */
class PasswordIterationsTest {

    @TempDir
    Path dir;

    private DuetConfig config(Map<String, String> env) {
        return DuetConfig.from(new DuetConfig.Given(dir.toString(), null, null, null, null, null, null, null, null, null,
                null, null), env);
    }

    @Test
    void owasp_work_factor_unless_told_otherwise() {
        assertThat(config(Map.of()).passwordIterations()).isEqualTo(PasswordHasher.ITERATIONS).isEqualTo(210_000);
        assertThat(config(Map.of("DUET_PASSWORD_ITERATIONS", "600000")).passwordIterations()).isEqualTo(600_000);
    }

    @Test
    void fewer_than_a_thousand_or_not_a_number_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> config(Map.of("DUET_PASSWORD_ITERATIONS", "999"))).isInstanceOf(DuetConfig.Invalid.class)
                .hasMessage("Passwords need at least 1000 PBKDF2 iterations (got 999).");
        assertThatThrownBy(() -> config(Map.of("DUET_PASSWORD_ITERATIONS", "many")))
                .hasMessage("DUET_PASSWORD_ITERATIONS must be a whole number (got many).");
    }
}
