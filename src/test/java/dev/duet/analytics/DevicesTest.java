package dev.duet.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesTest {

    @Test
    void phones_are_mobile() {
        assertThat(Devices.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo("mobile");
        assertThat(Devices.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0 Mobile Safari/537.36")).isEqualTo("mobile");
    }

    @Test
    void ipads_and_android_without_mobile_are_tablets() {
        assertThat(Devices.of("Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                + "Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo("tablet");
        assertThat(Devices.of("Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/124.0 Safari/537.36")).isEqualTo("tablet");
    }

    @Test
    void everything_else_is_desktop_and_no_user_agent_is_unknown() {
        assertThat(Devices.of("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0")).isEqualTo("desktop");
        assertThat(Devices.of("curl/8.5.0")).isEqualTo("desktop");
        assertThat(Devices.of(null)).isNull();
        assertThat(Devices.of(" ")).isNull();
    }
}
