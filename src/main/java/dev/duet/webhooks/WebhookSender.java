package dev.duet.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one attempt over HTTP: checks the target again, then POSTs the stored body with its signatures and waits at
 * most {@link #TIMEOUT} for the answer's status. Redirects are not followed (a redirect could lead anywhere, past the
 * target check). The answer's body is never read, so a receiver cannot hold the sender with a slow or endless one.
 * Thread-safe; close it to release the HTTP client. Public so other features that send signed notifications of
 * their own (the wins digest) sign, guard and send exactly as webhooks do, through {@link #send(String, String,
 * String, String, String)}.
 */
public final class WebhookSender implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String USER_AGENT = "Duet-Webhooks/0.1";

    private final TargetGuard guard;
    private final HttpClient http;

    public WebhookSender(TargetGuard guard) {
        this.guard = guard;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Outcome send(Attempt attempt) {
        return send(attempt.url(), attempt.secret(), attempt.event().id(), Long.toString(attempt.deliveryId()),
                attempt.payload());
    }

    /**
     * Sends one attempt of {@code payload} (JSON) to {@code url}, signed with {@code secret}, with {@code event} and
     * {@code deliveryId} in the {@code X-Duet-Event} and {@code X-Duet-Delivery} headers; the target is checked
     * against the {@link TargetGuard} first. Retrying a failed attempt is the caller's part.
     */
    public Outcome send(String target, String secret, String event, String deliveryId, String payload) {
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            return new Outcome.Refused("the webhook URL is not valid: " + e.getMessage());
        }
        try {
            guard.check(url);
        } catch (TargetRefused e) {
            return new Outcome.Refused(e.reason());
        } catch (UnresolvableHost e) {
            return new Outcome.Failed(null, "the host " + url.getHost() + " cannot be resolved");
        }
        return post(url, secret, event, deliveryId, payload.getBytes(StandardCharsets.UTF_8));
    }

    private Outcome post(URI url, String secret, String event, String deliveryId, byte[] body) {
        try {
            var request = HttpRequest.newBuilder(url)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-signature", Signatures.sha1(secret, body))
                    .header("X-Duet-Signature", "sha256=" + Signatures.sha256(secret, body))
                    .header("X-Duet-Event", event)
                    .header("X-Duet-Delivery", deliveryId)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return judge(response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed(null, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return new Outcome.Failed(null, "cannot connect to " + url.getHost() + portOf(url) + describe(e));
        } catch (IOException e) {
            return new Outcome.Failed(null, "sending failed" + describe(e));
        } catch (IllegalArgumentException e) {
            return new Outcome.Refused("the webhook URL cannot be sent to: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed(null, "sending was interrupted because Duet is stopping");
        }
    }

    private static Outcome judge(int status) {
        if (status >= 200 && status < 300) return new Outcome.Delivered(status);
        if (status >= 300 && status < 400) {
            return new Outcome.Failed(status, "the receiver answered HTTP " + status + " (redirects are not followed)");
        }
        return new Outcome.Failed(status, "the receiver answered HTTP " + status);
    }

    private static String portOf(URI url) {
        return url.getPort() < 0 ? "" : ":" + url.getPort();
    }

    private static String describe(IOException e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? " (" + e.getClass().getSimpleName() + ")" : " (" + message + ")";
    }

    /** Drops what is still in flight rather than waiting for it: a cut attempt is retried after its claim runs out. */
    @Override
    public void close() {
        http.shutdownNow();
    }
}
