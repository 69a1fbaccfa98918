package dev.duet.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signatures a receiver checks a delivery with: the hex HMAC of the exact request body, keyed with the webhook's
 * secret. SHA-1 for Storyblok's {@code webhook-signature} header (so existing receivers keep working), SHA-256 for
 * Duet's own {@code X-Duet-Signature}.
 */
final class Signatures {

    private Signatures() {
    }

    static String sha1(String secret, byte[] body) {
        return hmac("HmacSHA1", secret, body);
    }

    static String sha256(String secret, byte[] body) {
        return hmac("HmacSHA256", secret, body);
    }

    private static String hmac(String algorithm, String secret, byte[] body) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
