package dev.duet.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers from the HMAC examples everyone checks against (key "key", the quick brown fox). */
class SignaturesTest {

    final byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_storyblok_signature_is_the_hex_hmac_sha1_of_the_body() {
        assertThat(Signatures.sha1("key", body)).isEqualTo("de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
    }

    @Test
    void the_duet_signature_is_the_hex_hmac_sha256_of_the_body() {
        assertThat(Signatures.sha256("key", body)).isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
