-- Who has which story open: one row per person and story, refreshed by the editor's heartbeat. Kept in the database
-- rather than in memory so that every node of a cluster sees the same people. Rows older than the expiry are ignored
-- by reads and swept by later heartbeats.
CREATE TABLE presence (
    story_id ${bigint} NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    editing ${bool} NOT NULL,
    since TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (story_id, user_id)
);
CREATE INDEX presence_space ON presence (space_id, seen_at);
CREATE INDEX presence_seen ON presence (seen_at);
