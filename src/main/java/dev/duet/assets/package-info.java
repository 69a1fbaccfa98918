/**
 * Assets: a space's library of uploaded files (images, videos, PDFs) in nested folders, with alt text, title,
 * copyright and a focus point, their public URLs, and an image service that resizes and crops around the focus point.
 *
 * <p>Public API for other features (all built once in {@code app.Wiring}):
 * <ul>
 *   <li>{@link dev.duet.assets.Assets}: the records — {@code get}, {@code byHash}, {@code list}/{@code count} with an
 *       {@link dev.duet.assets.AssetFilter}, {@code update} with {@link dev.duet.assets.AssetSettings}.</li>
 *   <li>{@link dev.duet.assets.AssetLibrary}: {@code upload} (hash, sniff, measure, check, then keep) and
 *       {@code delete} (the file goes when no space uses it).</li>
 *   <li>{@link dev.duet.assets.AssetFolders}: the folder tree ({@code list}, {@code create}, {@code update},
 *       {@code delete} of empty folders only).</li>
 *   <li>{@link dev.duet.assets.AssetFiles}: the content-addressed files on disk; {@link dev.duet.assets.Renditions}:
 *       the cached image service.</li>
 *   <li>{@link dev.duet.assets.Asset#publicPath()}: where an asset's original is served. Story content stores an
 *       asset field as Storyblok does: {@code {"id", "filename" (the absolute URL), "alt", "title", "copyright",
 *       "focus", "name", "fieldtype": "asset"}} — the {@code field_value} of every asset answer.</li>
 * </ul>
 *
 * <p>HTTP, under {@code /api/spaces/{space_id}}: {@code /assets} list (paged; {@code search}, {@code in_folder},
 * {@code type}, {@code sort_by}) and upload (multipart: {@code file}, {@code alt}, {@code title}, {@code copyright},
 * {@code focus}, {@code name}, {@code asset_folder_id}; 201, or 200 with the space's existing asset for the same
 * bytes; 413 past the upload limit, 415 for other types); {@code /assets/{id}} get, put ({@code {"asset": {...}}},
 * null keeps, "" clears, folder 0 is the top level) and delete; {@code /asset_folders} and {@code /asset_folders/{id}}
 * the same for folders ({@code {"asset_folder": {"name", "parent_id"}}}; deleting a non-empty folder is 409). Reads
 * need {@code content:read}, writes {@code story:write}.
 *
 * <p>Public (no credentials): {@code /a/{space_id}/{hash}/{filename}} the original (ranges, ETag, a year of caching,
 * nosniff, a script-blocking CSP for SVG); {@code .../m/{w}x{h}} and {@code .../m/{w}x{h}/filters:focal(...):format(...)
 * :quality(...)} the image service (0 keeps the aspect ratio; both sides crop around the focus point; JPEG, PNG and GIF
 * in, JPEG or PNG out, at most 4000 pixels a side; JPEGs turned by their EXIF orientation first), rendered once into
 * {@code <data>/assets/renditions}.
 *
 * <p>Security: types are judged by magic numbers, never by name or claimed type; client file names are sanitised
 * metadata, never paths; hashes in URLs are validated before they touch the disk; uploads stream to disk under a
 * configurable limit ({@code maxUploadBytes}). Files live on the local disk: several nodes need it shared.
 */
package dev.duet.assets;
