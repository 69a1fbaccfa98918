/**
 * Delivery: the Storyblok CDN v2-compatible read API under {@code /v2/cdn} ({@code stories}, {@code stories/{slug|id|uuid}},
 * {@code links}, {@code links/{uuid}}, {@code tags}, {@code datasources}, {@code datasource_entries},
 * {@code spaces/me}), authorised by a space's delivery token in the {@code token} parameter.
 *
 * <p>Published content is served from an in-memory {@link dev.duet.delivery.Snapshots snapshot} per space: every
 * published story held as the ready bytes of its answer, built on the first read and kept up to date from content and
 * datasource events (each batch reloads only the stories it touched). Published story reads are answered by a Jetty
 * handler in front of Javalin ({@link dev.duet.delivery.Delivery#fastPath()}) without touching the database; drafts
 * ({@code version=draft}, preview tokens only) are read from the database with the visual editor's markers.
 *
 * <p>Public API: {@link dev.duet.delivery.Delivery} (built once in {@code app.Wiring}),
 * {@link dev.duet.delivery.Delivery#snapshots()} to subscribe to {@code ContentEvents} and {@code DatasourceEvents}
 * and to {@link dev.duet.delivery.Snapshots#invalidate invalidate} or {@link dev.duet.delivery.Snapshots#reload reload}
 * a space changed on another node, {@link dev.duet.delivery.Delivery#fastPath()} for the web server,
 * {@link dev.duet.delivery.Delivery#previewTokens()} to issue the visual editor's signed, expiring preview tokens, and
 * {@link dev.duet.delivery.DeliveryRoutes}.
 *
 * <p>Tokens: a space's public and preview delivery tokens, and signed preview tokens ({@code dp1.<space>.<expiry>.<hmac>},
 * keyed by a key derived from one of the space's preview tokens) that read like the preview token until they expire.
 * All are resolved from memory; only unknown tokens or signatures reach the database.
 *
 * <p>Caching: every body carries {@code cv}; published answers to requests naming the current {@code cv} are
 * cacheable for a year by CDNs, others must revalidate (or are redirected, if configured); drafts and errors are
 * never stored; ETags are strong and {@code If-None-Match} answers 304. Errors are JSON: 401 for a missing, unknown or
 * insufficient token, 422 naming a malformed parameter, and Storyblok's {@code ["This record could not be found"]}
 * for 404.
 *
 * <p>Experiments: a stories request naming a visitor ({@code visitor} parameter or {@code X-Duet-Visitor} header)
 * gets every running experiment block resolved to the visitor's variant with an {@code _experiment} note; draft and
 * stopped experiments show their control; {@code experiment_variations=key:n} forces variations for previews; without
 * a visitor running blocks come back as stored. Answers are cached per variant combination, never per visitor; those a
 * visitor id decided are {@code Cache-Control: private}, and answers with a running experiment carry
 * {@code Vary: X-Duet-Visitor} (see {@code CachePolicy} and docs/experiments-delivery.md). Stories
 * without experiments are answered exactly as without a visitor.
 *
 * <p>Where Storyblok's behaviour is not documented, choices are: default order is position then id; sort keys put
 * stories without a value last; {@code tags?starts_with} filters by the stories' {@code full_slug} (as Storyblok's
 * current docs say); folders are listed in links with {@code published: false}; a folder's slug finds its start page.
 */
package dev.duet.delivery;
