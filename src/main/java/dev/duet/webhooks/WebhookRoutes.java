package dev.duet.webhooks;

import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.duet.access.Permission.SPACE_MANAGE;

/**
 * A space's webhooks over HTTP: list, create (the secret shown once), read, change, delete, send a test ping, and
 * the delivery log. Every route needs {@code space:manage}: webhooks are set up by developers, and their targets
 * and logs are not for every editor's eyes.
 */
public final class WebhookRoutes {

    static final String WEBHOOKS = "/api/spaces/{space_id}/webhooks";
    static final String WEBHOOK = WEBHOOKS + "/{webhook_id}";

    record WebhookBody(WebhookSettings webhook) {
    }

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final WebhookOutbox outbox;

    public WebhookRoutes(Webhooks webhooks, WebhookDeliveries deliveries, WebhookOutbox outbox) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    public void register(RoutesConfig routes) {
        routes.get(WEBHOOKS, this::list, SPACE_MANAGE);
        routes.post(WEBHOOKS, this::create, SPACE_MANAGE);
        routes.get(WEBHOOK, ctx -> ctx.json(Map.of("webhook", webhooks.get(spaceId(ctx), webhookId(ctx)))), SPACE_MANAGE);
        routes.put(WEBHOOK, this::update, SPACE_MANAGE);
        routes.delete(WEBHOOK, this::delete, SPACE_MANAGE);
        routes.post(WEBHOOK + "/test", this::test, SPACE_MANAGE);
        routes.get(WEBHOOK + "/deliveries", this::deliveries, SPACE_MANAGE);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long webhookId(Context ctx) {
        return Params.id(ctx, "webhook_id");
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        long spaceId = spaceId(ctx);
        var page = webhooks.list(spaceId, paging.offset(), paging.perPage());
        paging.answer(ctx, webhooks.count(spaceId));
        ctx.json(Map.of("webhooks", page));
    }

    private void create(Context ctx) {
        var created = webhooks.create(spaceId(ctx), Json.body(ctx, WebhookBody.class).webhook());
        var body = new LinkedHashMap<String, Object>();
        body.put("webhook", created.webhook());
        body.put("secret", created.secret());
        body.put("note", "store the secret now: it signs every delivery, and Duet will not show it again");
        ctx.status(201).json(body);
    }

    private void update(Context ctx) {
        var body = Json.body(ctx, WebhookBody.class);
        ctx.json(Map.of("webhook", webhooks.update(spaceId(ctx), webhookId(ctx), body.webhook())));
    }

    private void delete(Context ctx) {
        webhooks.delete(spaceId(ctx), webhookId(ctx));
        ctx.status(204);
    }

    private void test(Context ctx) {
        ctx.status(201).json(Map.of("delivery", outbox.ping(spaceId(ctx), webhookId(ctx))));
    }

    private void deliveries(Context ctx) {
        var paging = Paging.of(ctx);
        long webhookId = webhookId(ctx);
        var page = deliveries.log(spaceId(ctx), webhookId, paging.offset(), paging.perPage());
        paging.answer(ctx, deliveries.count(webhookId));
        ctx.json(Map.of("deliveries", page));
    }
}
