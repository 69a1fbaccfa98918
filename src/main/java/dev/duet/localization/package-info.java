/**
 * Localization: translation status, exports and imports for translators, and language copies (folder-level
 * translation). Field-level translations live in story content as {@code field__i18n__<lang>} (hyphens become
 * underscores: {@code pt-br} → {@code __i18n__pt_br}); the delivery package serves them with fallback and serves
 * stories' {@code translated_slugs}.
 *
 * <p>Public API for other features:
 * <ul>
 *   <li>{@link dev.duet.localization.Localization}: built before the story service; its
 *       {@link dev.duet.localization.TranslationTracker} is a {@code StoryHooks} that records, on every save that
 *       adds or changes a translation, a hash of the source value it was made from (table {@code translation_sources}),
 *       so a later change of the source marks the translation outdated.</li>
 *   <li>{@link dev.duet.localization.Xliff}: XLIFF 1.2 reading (no DTDs, no external entities) and writing of a
 *       {@link dev.duet.localization.TranslationFile}.</li>
 * </ul>
 *
 * <p>HTTP ({@link dev.duet.localization.TranslationRoutes}): {@code GET /api/spaces/{space_id}/translations?story_ids=}
 * (per-language summaries for the tree), {@code GET .../stories/{story_id}/translations} (per language, per field:
 * missing | outdated | translated), {@code GET .../stories/{story_id}/translations/{language}/export?format=json|xliff}
 * and {@code POST .../import[?force=true]} (a story, or every story in a folder; reads need {@code content:read},
 * imports {@code story:write}), {@code POST .../stories/{story_id}/language_copy} ({@code story:write}).
 *
 * <p>Rules: a unit is a text, textarea or markdown field, or one text node of a richtext field
 * ({@code <_uid>.<field>.<n>}); an import is checked whole before it writes (unknown stories or units: 400; sources
 * changed since the export: 409 unless forced) and gives each changed story one new version.
 */
package dev.duet.localization;
