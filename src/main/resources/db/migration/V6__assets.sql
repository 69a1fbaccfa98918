-- Assets: a space's uploaded files (images, videos, documents) and the folders of its asset library. Written once for
-- SQLite and PostgreSQL via the Flyway placeholders of storage.Dialect. Deleting a space deletes its assets and
-- folders; the application refuses to delete a folder that still holds assets or folders.

-- A folder of the asset library; parent_id null means top level.
CREATE TABLE asset_folders (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    parent_id ${bigint} REFERENCES asset_folders (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX asset_folders_space ON asset_folders (space_id, parent_id);

-- One file of a space. The bytes live on disk under the data folder, named by their SHA-256 (hash, 64 hex digits),
-- so identical bytes are stored once however often and wherever they are uploaded; a space holds one asset per hash.
-- name is the sanitised original file name, kept only as metadata and as the last segment of the public URL.
-- width and height are known for the raster images whose header could be read. alt, title, copyright and focus
-- (Storyblok's "left x top : right x bottom" pixel rectangle, e.g. 120x80:121x81) are null when not set.
CREATE TABLE assets (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    folder_id ${bigint} REFERENCES asset_folders (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size ${bigint} NOT NULL,
    width INTEGER,
    height INTEGER,
    alt TEXT,
    title TEXT,
    copyright TEXT,
    focus TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT assets_space_hash UNIQUE (space_id, hash)
);
CREATE INDEX assets_space_folder ON assets (space_id, folder_id);
-- Whether any space still uses a file, asked before the file is removed from disk.
CREATE INDEX assets_hash ON assets (hash);
