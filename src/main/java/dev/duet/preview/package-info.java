/**
 * The visual editor's live preview plumbing (the editor itself lives in the admin UI).
 *
 * <p>{@link dev.duet.preview.PreviewRoutes}: {@code POST /api/spaces/{space_id}/preview_token} issues a signed token
 * that the delivery API accepts like the space's preview token for an hour ({@link dev.duet.delivery.PreviewTokens});
 * {@code GET /bridge.js} serves the bridge script sites include (from {@code resources/bridge/bridge.js}; its events
 * and message protocol are described in {@code docs/bridge.md}); {@code GET /demo-site/...} serves the demo site
 * (from {@code resources/demo-site/}), which renders the demo space and is the demo space's preview URL.
 *
 * <p>The editor frames {@code <preview_url><full_slug>?_storyblok=<story id>&_duet_token=<signed token>
 * &_duet_editor=<editor origin>&_duet_space=<space id>}; everything else happens between the editor and the bridge
 * through {@code window.postMessage}, checked against the editor's origin on both sides.
 */
package dev.duet.preview;
