package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignedPreviewTokenTest {

    private static final byte[] KEY = SignedPreviewToken.key("_c_f3QmUs05IMag-g6lgiQOR");
    private static final byte[] OTHER_KEY = SignedPreviewToken.key("8G37TeKq7rsdHxhHHJ8XKoAC");

    @Test
    void a_signed_token_names_its_space_and_expiry_and_verifies_with_its_key_only() {
        var token = SignedPreviewToken.sign(KEY, 42, 1_800_000_000L);

        var claims = SignedPreviewToken.parse(token);

        assertThat(token).startsWith("dp1.42.1800000000.").doesNotContain("_c_f3QmUs05IMag-g6lgiQOR");
        assertThat(claims.spaceId()).isEqualTo(42);
        assertThat(claims.expiresAtSecond()).isEqualTo(1_800_000_000L);
        assertThat(SignedPreviewToken.signedByAny(claims, List.of(KEY))).isTrue();
        assertThat(SignedPreviewToken.signedByAny(claims, List.of(OTHER_KEY, KEY))).isTrue();
        assertThat(SignedPreviewToken.signedByAny(claims, List.of(OTHER_KEY))).isFalse();
        assertThat(SignedPreviewToken.signedByAny(claims, List.of())).isFalse();
    }

    @Test
    void changing_the_space_the_expiry_or_the_signature_breaks_the_signature() {
        var token = SignedPreviewToken.sign(KEY, 42, 1_800_000_000L);
        var signature = token.substring(token.lastIndexOf('.') + 1);
        var flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        for (var tampered : List.of(token.replace("dp1.42.", "dp1.43."), token.replace(".1800000000.", ".1900000000."),
                token.replace(signature, flipped))) {
            var claims = SignedPreviewToken.parse(tampered);
            assertThat(claims).as(tampered).isNotNull();
            assertThat(SignedPreviewToken.signedByAny(claims, List.of(KEY))).as(tampered).isFalse();
        }
    }

    @Test
    void only_the_canonical_form_parses() {
        var token = SignedPreviewToken.sign(KEY, 42, 1_800_000_000L);
        var signature = token.substring(token.lastIndexOf('.') + 1);

        assertThat(SignedPreviewToken.parse(token)).isNotNull();
        assertThat(List.of(
                token.replace("dp1.42.", "dp1.042."),
                token.replace("dp1.42.", "dp1.+42."),
                token.replace("dp1.", "dp2."),
                token + ".",
                token.substring(0, token.length() - 1),
                token.replace(signature, signature.substring(0, 42) + "="),
                token.replace(signature, signature.substring(0, 42) + "!"),
                "dp1.42.1800000000",
                "dp1..1800000000." + signature,
                "dp1.1234567890123456789.1800000000." + signature,
                "8G37TeKq7rsdHxhHHJ8XKoAC"))
                .allSatisfy(malformed -> assertThat(SignedPreviewToken.parse(malformed)).as(malformed).isNull());
    }

    @Test
    void a_signature_with_unused_bits_set_is_not_a_second_spelling_of_the_same_token() {
        var token = SignedPreviewToken.sign(KEY, 42, 1_800_000_000L);
        char last = token.charAt(token.length() - 1);
        // 43 base64 characters carry 258 bits; the last character's two lowest bits are padding
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);

        assertThat(SignedPreviewToken.parse(token.substring(0, token.length() - 1) + sibling)).isNull();
    }

    @Test
    void plain_delivery_tokens_are_never_taken_for_signed_ones() {
        assertThat(SignedPreviewToken.looksSigned("8G37TeKq7rsdHxhHHJ8XKoAC")).isFalse();
        assertThat(SignedPreviewToken.looksSigned(null)).isFalse();
        assertThat(SignedPreviewToken.looksSigned(SignedPreviewToken.sign(KEY, 1, 2))).isTrue();
    }
}
