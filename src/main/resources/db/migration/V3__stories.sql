-- Stories and folders, their immutable versions and their tags; placeholders as in V1 (filled in by storage.Dialect).
-- content is the current draft; published content is the story_versions row numbered published_version.
-- content_type repeats the root blok's component so lists can filter on it without dialect-specific JSON functions.
-- alternates are not stored: they are the other stories sharing group_id, found at read time.

CREATE TABLE stories (
    id ${id},
    uuid TEXT NOT NULL UNIQUE,
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    parent_id ${bigint} REFERENCES stories (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    full_slug TEXT NOT NULL,
    is_folder ${bool} NOT NULL,
    is_startpage ${bool} NOT NULL,
    position INTEGER NOT NULL,
    content ${json},
    content_type TEXT,
    tag_list ${json} NOT NULL,
    sort_by_date TEXT,
    group_id TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'default',
    path TEXT,
    meta_data ${json},
    translated_slugs ${json},
    default_root TEXT,
    version INTEGER NOT NULL,
    published_version INTEGER,
    published_at TEXT,
    first_published_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (space_id, full_slug)
);
CREATE INDEX stories_tree ON stories (space_id, parent_id, position);
CREATE INDEX stories_group ON stories (space_id, group_id);

CREATE TABLE story_versions (
    id ${id},
    story_id ${bigint} NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    content ${json},
    tag_list ${json} NOT NULL,
    author TEXT NOT NULL,
    message TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (story_id, number)
);

CREATE TABLE story_tags (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    story_id ${bigint} NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (story_id, name)
);
CREATE INDEX story_tags_space ON story_tags (space_id, name);
