package dev.duet.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuetConfigTest {

    @TempDir
    Path dir;

    private DuetConfig.Given given(String url, Integer port) {
        return new DuetConfig.Given(dir.toString(), url, null, null, null, port, null, null, null, null, null, null);
    }

    @Test
    void the_embedded_default_is_a_sqlite_file_in_the_data_folder() {
        var config = DuetConfig.from(given(null, null), Map.of());

        assertThat(config.databaseUrl()).isEqualTo("jdbc:sqlite:" + dir.resolve("duet.db"));
        assertThat(config.embedded()).isTrue();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void environment_variables_configure_what_options_leave_open() {
        var config = DuetConfig.from(given(null, null),
                Map.of("DUET_DATABASE_URL", "jdbc:postgresql://db:5432/duet", "DUET_PORT", "9000"));

        assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/duet");
        assertThat(config.embedded()).isFalse();
        assertThat(config.port()).isEqualTo(9000);
    }

    @Test
    void options_win_over_environment_variables() {
        var config = DuetConfig.from(given(null, 7000), Map.of("DUET_PORT", "9000"));

        assertThat(config.port()).isEqualTo(7000);
    }

    @Test
    void an_unsupported_database_is_one_clear_sentence_without_the_password() {
        assertThatThrownBy(() -> DuetConfig.from(given("jdbc:mysql://u:secret@db/duet", null), Map.of()))
                .isInstanceOf(DuetConfig.Invalid.class)
                .hasMessageStartingWith("The database URL must start with jdbc:sqlite: or jdbc:postgresql://")
                .hasMessageNotContaining("secret");
    }

    @Test
    void a_port_that_is_not_a_number_is_named() {
        assertThatThrownBy(() -> DuetConfig.from(given(null, null), Map.of("DUET_PORT", "eighty")))
                .hasMessage("DUET_PORT must be a whole number (got eighty).");
    }

    @Test
    void an_out_of_range_port_is_refused() {
        assertThatThrownBy(() -> DuetConfig.from(given(null, 70000), Map.of()))
                .hasMessage("The port must be between 0 and 65535 (got 70000).");
    }

    @Test
    void webhooks_may_not_target_private_networks_unless_configured() {
        assertThat(DuetConfig.from(given(null, null), Map.of()).webhookAllowPrivateTargets()).isFalse();
        assertThat(DuetConfig.from(given(null, null), Map.of("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"))
                .webhookAllowPrivateTargets()).isTrue();
        var option = new DuetConfig.Given(dir.toString(), null, null, null, null, null, null, null, null, false, null, null);
        assertThat(DuetConfig.from(option, Map.of("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"))
                .webhookAllowPrivateTargets()).isFalse();
    }

    @Test
    void a_private_targets_setting_that_is_not_true_or_false_is_refused() {
        assertThatThrownBy(() -> DuetConfig.from(given(null, null), Map.of("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS", "yes")))
                .hasMessage("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false (got yes).");
    }

    @Test
    void an_unreachable_postgresql_stops_start_up_with_one_sentence() {
        var config = DuetConfig.from(given("jdbc:postgresql://127.0.0.1:1/duet?connectTimeout=2", null), Map.of());

        assertThatThrownBy(() -> new Wiring(config, java.time.Clock.systemUTC()))
                .isInstanceOf(DuetConfig.Invalid.class)
                .hasMessageStartingWith("Cannot open the database at jdbc:postgresql://127.0.0.1:1/duet");
    }

    @Test
    void the_delivery_rate_limit_defaults_to_1000_a_second_and_refuses_zero() {
        assertThat(DuetConfig.from(given(null, null), Map.of()).deliveryRateLimit()).isEqualTo(1000);
        assertThat(DuetConfig.from(given(null, null), Map.of("DUET_DELIVERY_RATE_LIMIT", "50")).deliveryRateLimit()).isEqualTo(50);
        assertThatThrownBy(() -> DuetConfig.from(given(null, null), Map.of("DUET_DELIVERY_RATE_LIMIT", "0")))
                .hasMessage("The delivery rate limit must be at least 1 request a second (got 0).");
    }

    @Test
    void the_upload_limit_defaults_to_20_mib_and_options_and_the_environment_change_it() {
        assertThat(DuetConfig.from(given(null, null), Map.of()).maxUploadBytes()).isEqualTo(20 * 1024 * 1024);
        assertThat(DuetConfig.from(given(null, null), Map.of("DUET_MAX_UPLOAD_BYTES", "1048576")).maxUploadBytes()).isEqualTo(1048576);
        var option = new DuetConfig.Given(dir.toString(), null, null, null, null, null, null, null, null, null, null, 4096L);
        assertThat(DuetConfig.from(option, Map.of("DUET_MAX_UPLOAD_BYTES", "1048576")).maxUploadBytes()).isEqualTo(4096);
        assertThat(DuetConfig.from(option, Map.of()).assetsDir()).isEqualTo(dir.toAbsolutePath().normalize().resolve("assets"));
    }

    @Test
    void an_upload_limit_below_a_kilobyte_or_not_a_number_is_refused() {
        assertThatThrownBy(() -> DuetConfig.from(given(null, null), Map.of("DUET_MAX_UPLOAD_BYTES", "100")))
                .hasMessage("The maximum upload size must be at least 1024 bytes (got 100).");
        assertThatThrownBy(() -> DuetConfig.from(given(null, null), Map.of("DUET_MAX_UPLOAD_BYTES", "20MB")))
                .hasMessage("DUET_MAX_UPLOAD_BYTES must be a whole number (got 20MB).");
    }
}
