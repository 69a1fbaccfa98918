package dev.duet.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * The short-lived preview token the visual editor hands to a site's preview: {@code dp1.<space id>.<expiry>.<signature>},
 * the expiry in epoch seconds and the signature the unpadded base64url HMAC-SHA256 of everything before it.
 *
 * <p>The signing key is derived from one of the space's own preview delivery tokens, so nothing new has to be stored
 * or shared between nodes, a signed token can never read more than that preview token already can, and deleting the
 * preview token ends every preview link signed with it. Plain delivery tokens never contain a dot, so the two kinds
 * cannot be mistaken for each other.
 */
final class SignedPreviewToken {

    /** What a well-formed token claims, before its signature is checked. */
    record Claims(long spaceId, long expiresAtSecond, String signed, byte[] signature) {
    }

    static final String PREFIX = "dp1.";
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] KEY_PURPOSE = "duet preview token v1".getBytes(StandardCharsets.UTF_8);
    private static final int SIGNATURE_CHARS = 43;

    private SignedPreviewToken() {
    }

    static boolean looksSigned(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    /** The signing key belonging to a preview delivery token (a separate key, so a signature never reveals the token). */
    static byte[] key(String previewToken) {
        return hmac(previewToken.getBytes(StandardCharsets.UTF_8), KEY_PURPOSE);
    }

    static String sign(byte[] key, long spaceId, long expiresAtSecond) {
        var signed = PREFIX + spaceId + "." + expiresAtSecond;
        var signature = hmac(key, signed.getBytes(StandardCharsets.UTF_8));
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The claims of a token in the canonical form {@link #sign} writes, or null for anything else. */
    static Claims parse(String token) {
        if (!looksSigned(token)) return null;
        var parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3 || !canonicalNumber(parts[0], 18) || !canonicalNumber(parts[1], 12)
                || parts[2].length() != SIGNATURE_CHARS) {
            return null;
        }
        try {
            var signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!Base64.getUrlEncoder().withoutPadding().encodeToString(signature).equals(parts[2])) return null;
            var signed = token.substring(0, token.length() - SIGNATURE_CHARS - 1);
            return new Claims(Long.parseLong(parts[0]), Long.parseLong(parts[1]), signed, signature);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether one of {@code keys} made the signature; compares in constant time. */
    static boolean signedByAny(Claims claims, List<byte[]> keys) {
        var signed = claims.signed().getBytes(StandardCharsets.UTF_8);
        for (var key : keys) {
            if (MessageDigest.isEqual(hmac(key, signed), claims.signature())) return true;
        }
        return false;
    }

    /** Digits only, no leading zero: one spelling per number, so a signature covers exactly one token. */
    private static boolean canonicalNumber(String text, int maxDigits) {
        if (text.isEmpty() || text.length() > maxDigits || (text.length() > 1 && text.charAt(0) == '0')) return false;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        return true;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }
}
