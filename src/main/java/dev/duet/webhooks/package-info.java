/**
 * Webhooks: signed HTTP notifications to a space's own systems (site rebuilds, search indexes, chat) when published
 * content or datasource entries change, with Storyblok-compatible payloads and signature, retries with backoff and a
 * delivery log.
 *
 * <p>Public API for other features (all built once in {@code app.Wiring}):
 * <ul>
 *   <li>{@link dev.duet.webhooks.Webhooks}: list, get, create (returns the secret once), update, delete, per space.</li>
 *   <li>{@link dev.duet.webhooks.WebhookDeliveries}: the delivery log of a webhook ({@code log}, {@code count}, {@code get}).</li>
 *   <li>{@link dev.duet.webhooks.WebhookOutbox}: subscribed to {@code content.ContentEvents} and
 *       {@code datasources.DatasourceEvents}; {@code ping} tests a webhook. Another feature that wants its events sent
 *       adds a {@link dev.duet.webhooks.WebhookEvent} and a payload here.</li>
 *   <li>{@link dev.duet.webhooks.WebhookDispatcher}: {@code start}/{@code stop} with the server; sends on a
 *       {@link dev.duet.webhooks.DeliverySchedule}.</li>
 * </ul>
 *
 * <p>HTTP (all {@code space:manage}), under {@code /api/spaces/{space_id}/webhooks}: list and create; {@code /{id}}
 * get, put (null fields keep their value) and delete; {@code /{id}/test} sends a {@code ping} and answers with its
 * delivery; {@code /{id}/deliveries} the log, newest first, paged.
 *
 * <p>Events: {@code story.published}, {@code story.unpublished}, {@code story.deleted}, {@code story.moved},
 * {@code datasource.entries_updated}. The body is JSON like Storyblok's: {@code text}, {@code action},
 * {@code space_id}, then {@code story_id} and {@code full_slug} (the new one for a move) or {@code datasource_slug}.
 * Headers: {@code webhook-signature} (hex HMAC-SHA1 of the raw body keyed with the secret, as Storyblok sends),
 * {@code X-Duet-Signature: sha256=<hex HMAC-SHA256>}, {@code X-Duet-Event} and {@code X-Duet-Delivery} (the delivery
 * id, the same on every retry, so receivers can drop duplicates).
 *
 * <p>Delivery: after a change commits, one row per active subscribed webhook is queued durably and sent promptly;
 * any answer but 2xx (redirects are not followed) or no answer within 10 s is retried on the schedule (standard: 10 s,
 * 30 s, 2 min, 10 min, 1 h; 6 attempts), then the delivery fails. Deliveries are sent at least once: a node that
 * stops while sending leaves its claim, which runs out after a minute, and the attempt is made again.
 *
 * <p>Targets (SSRF): a URL whose host is or resolves to a loopback, private, link-local, unspecified, multicast,
 * carrier-grade NAT or reserved address is refused when saved (400 naming {@code url}) and again before every attempt
 * (the delivery fails), unless the setting {@code webhookAllowPrivateTargets} is on. See {@link
 * dev.duet.webhooks.TargetGuard} for the one gap left to the network.
 */
package dev.duet.webhooks;
