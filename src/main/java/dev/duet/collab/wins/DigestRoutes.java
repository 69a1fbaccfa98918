package dev.duet.collab.wins;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.webhooks.TargetGuard;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SPACE_MANAGE;

/**
 * The weekly digest over HTTP: reading it (JSON, or the HTML page) needs content:read; the webhook subscription that
 * sends it is an integration setting like a space's webhooks, so it needs space:manage (admins and developers), as
 * webhooks do: a URL that receives company data and a signing secret are not for everyone to change.
 */
public final class DigestRoutes {

    private static final String DIGEST = WinsRoutes.WINS + "/digest";
    private static final String SUBSCRIPTION = DIGEST + "/subscription";

    private final WinDigests digests;
    private final DigestSubscriptions subscriptions;
    private final DigestSender sender;
    private final TargetGuard guard;
    private final Clock clock;

    public DigestRoutes(WinDigests digests, DigestSubscriptions subscriptions, DigestSender sender, TargetGuard guard,
                        Clock clock) {
        this.digests = digests;
        this.guard = guard;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(DIGEST, this::digest, CONTENT_READ);
        routes.get(SUBSCRIPTION, this::subscription, SPACE_MANAGE);
        routes.put(SUBSCRIPTION, this::save, SPACE_MANAGE);
        routes.delete(SUBSCRIPTION, ctx -> {
            subscriptions.delete();
            ctx.status(204);
        }, SPACE_MANAGE);
        routes.post(SUBSCRIPTION + "/test", this::sendNow, SPACE_MANAGE);
        routes.get(DIGEST + "/deliveries", this::deliveries, SPACE_MANAGE);
    }

    private void digest(Context ctx) {
        var week = week(ctx);
        var digest = digests.of(week, AccessGuard.principal(ctx).userId());
        if (wantsHtml(ctx)) {
            ctx.header("Content-Security-Policy", DigestHtml.POLICY);
            ctx.html(DigestHtml.render(digest, origin(ctx)));
        } else {
            ctx.json(Map.of("digest", digest));
        }
    }

    /** The subscription, or null when none is set up (not a 404: having none is a normal state of the setting). */
    private void subscription(Context ctx) {
        var json = new LinkedHashMap<String, Object>();
        json.put("subscription", subscriptions.find().map(this::json).orElse(null));
        ctx.json(json);
    }

    private void save(Context ctx) {
        var body = Json.body(ctx, DigestSettings.Body.class);
        if (body.subscription() == null) throw InvalidInput.field("subscription", "is required");
        var checked = body.subscription().check(origin(ctx));
        guard.check(checked.url()); // refused now rather than at the first send (checked again before each send)
        var saved = subscriptions.save(checked, AccessGuard.principal(ctx).actor());
        var json = new LinkedHashMap<String, Object>();
        json.put("subscription", json(saved.subscription()));
        // the secret is shown this once, when made; afterwards only its hint
        if (saved.newSecret() != null) json.put("secret", saved.newSecret());
        ctx.status(saved.created() ? 201 : 200).json(json);
    }

    private void sendNow(Context ctx) {
        var subscription = subscriptions.get();
        var week = ctx.queryParam("week") == null ? IsoWeek.lastComplete(clock.instant()) : week(ctx);
        ctx.json(Map.of("delivery", sender.send(subscription, week, "test")));
    }

    private void deliveries(Context ctx) {
        var paging = Paging.of(ctx);
        var found = subscriptions.deliveries(paging.offset(), paging.perPage());
        paging.answer(ctx, subscriptions.countDeliveries());
        ctx.json(Map.of("deliveries", found));
    }

    private IsoWeek week(Context ctx) {
        var raw = ctx.queryParam("week");
        return raw == null || raw.isBlank() ? IsoWeek.lastComplete(clock.instant()) : IsoWeek.parse(raw);
    }

    private static boolean wantsHtml(Context ctx) {
        var format = ctx.queryParam("format");
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "html" -> true;
                case "json" -> false;
                default -> throw InvalidInput.field("format", "must be json or html, got " + format);
            };
        }
        var accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Where this server was reached, for absolute links in the page (they must work from a forwarded email). */
    private static String origin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    private Map<String, Object> json(DigestSubscription subscription) {
        var json = new LinkedHashMap<String, Object>();
        json.put("url", subscription.url());
        json.put("base_url", subscription.baseUrl());
        json.put("weekday", subscription.weekday());
        json.put("weekday_name", subscription.weekdayName());
        json.put("hour", subscription.hour());
        json.put("active", subscription.active());
        json.put("secret_hint", subscription.secretHint());
        json.put("sent_week", subscription.sentWeek());
        json.put("next_send_at", subscription.active() ? subscription.nextSendAt(clock.instant()) : null);
        json.put("failed_attempts", subscription.attempts());
        json.put("updated_by", subscription.updatedBy());
        json.put("updated_at", subscription.updatedAt());
        return json;
    }
}
