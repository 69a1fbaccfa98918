-- Component schemas and their groups, per space (the schema feature). Written once for SQLite and PostgreSQL with the
-- dialect placeholders of storage.Dialect. The schema column holds the component's Storyblok-shaped schema JSON.

CREATE TABLE component_groups (
    id ${id},
    uuid TEXT NOT NULL UNIQUE,
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE UNIQUE INDEX component_groups_space_name ON component_groups (space_id, name);

-- version counts the edits of a component; writers send the version they edited (optimistic locking).
-- Deleting a group leaves its components ungrouped; the repository also does so explicitly to bump their versions.
CREATE TABLE components (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    display_name TEXT,
    schema ${json} NOT NULL,
    is_root ${bool} NOT NULL,
    is_nestable ${bool} NOT NULL,
    component_group_uuid TEXT REFERENCES component_groups (uuid) ON DELETE SET NULL,
    preview_field TEXT,
    image TEXT,
    color TEXT,
    icon TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX components_space_name ON components (space_id, name);
CREATE INDEX components_group ON components (component_group_uuid);
