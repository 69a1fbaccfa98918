-- Datasources: per-space key/value lists (e.g. a list of countries) with optional dimensions (e.g. one per language)
-- that give an entry a different value per dimension. Written once for SQLite and PostgreSQL via the Flyway
-- placeholders of storage.Dialect. Deleting a space, datasource, dimension or entry deletes what hangs off it.

CREATE TABLE datasources (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT datasources_space_slug UNIQUE (space_id, slug)
);

CREATE TABLE datasource_dimensions (
    id ${id},
    datasource_id ${bigint} NOT NULL REFERENCES datasources (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    entry_value TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT datasource_dimensions_key UNIQUE (datasource_id, entry_value)
);

-- Positions are kept contiguous (1..n) by the application; no unique constraint on them, because shifting a range
-- of positions in one UPDATE would trip a non-deferred unique check on PostgreSQL.
CREATE TABLE datasource_entries (
    id ${id},
    datasource_id ${bigint} NOT NULL REFERENCES datasources (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT datasource_entries_name UNIQUE (datasource_id, name)
);
CREATE INDEX datasource_entries_position ON datasource_entries (datasource_id, position);

CREATE TABLE datasource_entry_values (
    entry_id ${bigint} NOT NULL REFERENCES datasource_entries (id) ON DELETE CASCADE,
    dimension_id ${bigint} NOT NULL REFERENCES datasource_dimensions (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (entry_id, dimension_id)
);
CREATE INDEX datasource_entry_values_dimension ON datasource_entry_values (dimension_id);
