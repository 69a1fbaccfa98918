-- The team's activity feed and the notifications it addresses to users. Written once for SQLite and PostgreSQL via
-- the Flyway placeholders of storage.Dialect.

-- story_id has no foreign key on purpose: the feed keeps telling what happened to a story after it was deleted.
-- details is a JSON object of facts for programs (version numbers, stage names, ...); summary is the phrase people read.
CREATE TABLE activity (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    story_id ${bigint},
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    summary TEXT NOT NULL,
    details ${json} NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX activity_space ON activity (space_id, id);
CREATE INDEX activity_story ON activity (story_id, id);

-- reason says why the user is told: mentioned, assigned, ... ; read_at is null while unread.
CREATE TABLE notifications (
    id ${id},
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_id ${bigint} NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    read_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX notifications_user ON notifications (user_id, id);
