-- Discussions on stories, blocks and fields, and their comments. Written once for SQLite and PostgreSQL via the
-- Flyway placeholders of storage.Dialect.

-- The anchor: block_uid and field both null for the whole story; block_uid alone for a block; field with or without
-- block_uid for a field (without: a field of the story's root blok). block_uid is not checked against the content
-- after the thread starts: a block removed from the story keeps its discussions.
-- status is open or resolved; resolved_by and resolved_at tell who closed it last.
CREATE TABLE discussions (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    story_id ${bigint} NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    block_uid TEXT,
    field TEXT,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT
);
CREATE INDEX discussions_story ON discussions (story_id, status);
CREATE INDEX discussions_space ON discussions (space_id, status);

-- author is the email people read, author_id the user told of replies; mentions is a JSON array of user ids.
CREATE TABLE discussion_comments (
    id ${id},
    discussion_id ${bigint} NOT NULL REFERENCES discussions (id) ON DELETE CASCADE,
    author_id ${bigint},
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    mentions ${json} NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX discussion_comments_discussion ON discussion_comments (discussion_id, id);
