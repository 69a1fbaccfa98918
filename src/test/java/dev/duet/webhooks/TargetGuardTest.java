package dev.duet.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetGuardTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.255.255.254, loopback", "::1, loopback",
            "10.0.0.1, private", "10.255.255.255, private", "172.16.0.0, private", "172.31.255.255, private",
            "192.168.1.20, private", "fd12:3456::1, private", "fc00::1, private",
            "169.254.169.254, link-local", "fe80::1, link-local", "febf::1, link-local",
            "0.0.0.0, unspecified", "::, unspecified",
            "224.0.0.1, multicast", "239.255.255.250, multicast", "ff02::1, multicast",
            "100.64.0.1, carrier-grade NAT", "100.127.255.255, carrier-grade NAT",
            "255.255.255.255, reserved",
            "::ffff:127.0.0.1, loopback", "::ffff:10.1.2.3, private", "64:ff9b::a9fe:a9fe, link-local",
            "2002:c0a8:0101::1, private", "::7f00:1, loopback"})
    void internal_addresses_are_named_by_kind(String address, String kind) throws Exception {
        assertThat(PrivateAddresses.kind(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.15.255.255", "172.32.0.0", "100.63.255.255",
            "100.128.0.0", "192.167.255.255", "169.253.255.255", "223.255.255.255", "2606:4700:4700::1111",
            "2002:0808:0808::1", "64:ff9b::808:808"})
    void public_addresses_are_not(String address) throws Exception {
        assertThat(PrivateAddresses.kind(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void a_host_is_refused_if_any_of_its_addresses_is_internal() {
        var guard = new TargetGuard(false, dns(Map.of("hooks.example.com", new String[]{"93.184.215.14", "10.0.0.7"})));

        assertThatThrownBy(() -> guard.check(URI.create("https://hooks.example.com/duet")))
                .isInstanceOf(TargetRefused.class)
                .hasMessage("url: hooks.example.com resolves to 10.0.0.7, a private address; webhooks may not target "
                        + "internal networks unless the setting webhookAllowPrivateTargets "
                        + "(DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS) is on");
    }

    @Test
    void an_address_literal_is_named_as_written() {
        var guard = new TargetGuard(false);

        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]:8080/hook")))
                .isInstanceOf(TargetRefused.class)
                .hasMessageStartingWith("url: [::1] is a loopback address");
        assertThatThrownBy(() -> guard.check(URI.create("http://0.0.0.0/hook")))
                .hasMessageStartingWith("url: 0.0.0.0 is an unspecified address");
    }

    @Test
    void a_host_with_only_public_addresses_passes() {
        var guard = new TargetGuard(false, dns(Map.of("hooks.example.com", new String[]{"93.184.215.14", "2606:4700::1"})));

        assertThatCode(() -> guard.check(URI.create("https://hooks.example.com/duet"))).doesNotThrowAnyException();
    }

    @Test
    void internal_addresses_pass_when_configuration_allows_them() {
        var guard = new TargetGuard(true, dns(Map.of("receiver.internal", new String[]{"10.0.0.7"})));

        assertThatCode(() -> guard.check(URI.create("http://receiver.internal/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> new TargetGuard(true).check(URI.create("http://127.0.0.1:9000/hook"))).doesNotThrowAnyException();
    }

    @Test
    void a_host_without_addresses_is_refused_even_when_internal_targets_are_allowed() {
        var guard = new TargetGuard(true, dns(Map.of()));

        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.example/hook")))
                .isInstanceOf(UnresolvableHost.class)
                .hasMessage("url: the host nowhere.example cannot be resolved");
    }

    /** A name server that knows only {@code table}. */
    private static TargetGuard.Resolver dns(Map<String, String[]> table) {
        return host -> {
            var addresses = table.get(host);
            if (addresses == null) throw new UnknownHostException(host);
            var resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) resolved[i] = InetAddress.getByName(addresses[i]);
            return resolved;
        };
    }
}
