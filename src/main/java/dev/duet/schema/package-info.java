/**
 * Component schemas: the building blocks developers define once and marketers compose stories from.
 *
 * <p>Public API for other features:
 * <ul>
 *   <li>{@link dev.duet.schema.ContentValidator#validate(long, com.fasterxml.jackson.databind.JsonNode)} checks a
 *       story's root blok and every nested blok against the space's components (one query per call) and returns the
 *       copy to store, with missing {@code _uid}s filled in; or throws {@code InvalidInput} whose details list every
 *       problem with its path ({@code body[2].headline: required}).</li>
 *   <li>{@link dev.duet.schema.Components} (repository: {@code all(spaceId)}, {@code get}, ...) and the value
 *       records {@link dev.duet.schema.Component}, {@link dev.duet.schema.Schema} and the sealed
 *       {@link dev.duet.schema.FieldType} with one record per Storyblok field type, for features that need to read
 *       schemas (delivery, schema push/pull, the editor).</li>
 *   <li>{@link dev.duet.schema.ComponentGroups} for component groups.</li>
 *   <li>{@link dev.duet.schema.SchemaSync}: schema as code — {@code export(spaceId)} the whole schema as a
 *       {@link dev.duet.schema.SchemaFile}, {@code plan} and {@code apply} a {@code SchemaSync.Request} (files, explicit
 *       {@link dev.duet.schema.Renames}, {@code accept_data_loss}) into a {@link dev.duet.schema.SchemaPlan}. Applying
 *       migrates story content through the {@link dev.duet.schema.StoryContents} port, which the content feature
 *       implements (schema cannot depend on content), in the same transaction.</li>
 * </ul>
 *
 * <p>Schema as code over HTTP: {@code GET /api/spaces/{space_id}/schema} ({@code content:read}),
 * {@code POST .../schema/plan} and {@code POST .../schema/apply} ({@code schema:write}). Renames are never guessed;
 * a rename already done is skipped so the same files apply as a no-op. Data loss (removed fields, removed components'
 * bloks, values a changed type refuses) needs {@code accept_data_loss} ({@link dev.duet.schema.DataLossUnconfirmed},
 * 409); removing a content type still in use is refused ({@link dev.duet.schema.SchemaChangeBlocked}, 409).
 *
 * <p>HTTP (Storyblok management API shapes): {@code /api/spaces/{space_id}/components[/{component_id}]} and
 * {@code /api/spaces/{space_id}/component_groups[/{group_id}]}; reads need {@code content:read}, writes
 * {@code schema:write}. Component changes and deletions need the version the writer edited
 * ({@code If-Match: "3"} or {@code "version": 3}): without it 428, when stale 409 with {@code current_version}.
 *
 * <p>Rules kept here: field keys match {@code ^[a-z_][a-z0-9_]*$} and are not {@code component}, {@code _uid} or
 * {@code _editable}; component names are {@code ^[a-z0-9_-]+$}, unique per space; whitelists name components and
 * groups that exist in the space. Renaming a component renames it in other whitelists; deleting one that is still
 * whitelisted elsewhere, or a group that a bloks field is restricted to, is refused (409). Unknown option keys of a
 * field are kept, so a schema in canonical Storyblok form comes back exactly as it was sent.
 */
package dev.duet.schema;
