package dev.duet.collab.wins;

import dev.duet.web.Json;
import dev.duet.webhooks.Outcome;
import dev.duet.webhooks.WebhookSender;

import java.util.LinkedHashMap;

/**
 * Sends one week's digest to the subscription's URL as webhooks are sent ({@link WebhookSender}: the same
 * {@code X-Duet-Signature} HMAC-SHA256 of the body, the same SSRF guard, no redirects), event {@value #EVENT}, and
 * logs the attempt. The body carries the digest as JSON and as the HTML page, for a relay that mails it on.
 * Thread-safe; close it to release the HTTP client.
 */
public final class DigestSender implements AutoCloseable {

    public static final String EVENT = "wins.digest";

    private final WinDigests digests;
    private final DigestSubscriptions subscriptions;
    private final WebhookSender sender;

    public DigestSender(WinDigests digests, DigestSubscriptions subscriptions, WebhookSender sender) {
        this.digests = digests;
        this.subscriptions = subscriptions;
        this.sender = sender;
    }

    /** Sends {@code week}'s digest now, for a {@code cause} ({@code scheduled} or {@code test}); answers the logged attempt. */
    public DigestDelivery send(DigestSubscription subscription, IsoWeek week, String cause) {
        var digest = digests.of(week, 0);
        var body = new LinkedHashMap<String, Object>();
        body.put("event", EVENT);
        body.put("text", digest.total() + (digest.total() == 1 ? " win" : " wins") + " in " + digest.week());
        body.put("week", digest.week());
        body.put("test", cause.equals("test"));
        body.put("digest", digest);
        body.put("html", DigestHtml.render(digest, subscription.baseUrl()));
        var outcome = sender.send(subscription.url(), subscription.secret(), EVENT, EVENT + ":" + week + ":" + cause,
                Json.write(body));
        return switch (outcome) {
            case Outcome.Delivered delivered ->
                    subscriptions.log(digest.week(), cause, subscription.url(), "delivered", delivered.statusCode(), null);
            case Outcome.Failed failed ->
                    subscriptions.log(digest.week(), cause, subscription.url(), "failed", failed.statusCode(), failed.error());
            case Outcome.Refused refused ->
                    subscriptions.log(digest.week(), cause, subscription.url(), "refused", null, refused.error());
        };
    }

    @Override
    public void close() {
        sender.close();
    }
}
