-- Releases: named bundles of story versions published together. Written once for SQLite and PostgreSQL via the
-- Flyway placeholders of storage.Dialect.

-- status is open, merged or reverted; merged_* and reverted_* say who closed the release and when.
CREATE TABLE releases (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    merged_at TEXT,
    merged_by TEXT,
    reverted_at TEXT,
    reverted_by TEXT
);
CREATE INDEX releases_space ON releases (space_id, id);

-- story_id has no foreign key on purpose: a story deleted after it was added stays listed, as a conflict.
-- story_name remembers what to call it then. version_number is the pinned version; base_version was the story's
-- latest version when it was pinned by pinned_by (newer versions saved by others are changes made outside the
-- release); added_by/added_at never change, a re-pin moves pinned_by/pinned_at. previous_version is what
-- was published before the merge (null: the story was not published), so a revert restores exactly that.
CREATE TABLE release_items (
    release_id ${bigint} NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    story_id ${bigint} NOT NULL,
    story_name TEXT NOT NULL,
    version_number INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    pinned_by TEXT NOT NULL,
    pinned_at TEXT NOT NULL,
    previous_version INTEGER,
    PRIMARY KEY (release_id, story_id)
);
CREATE INDEX release_items_story ON release_items (story_id);
