-- Publishes, unpublishes and release merges planned for a time, run by whichever Duet node claims them first.
-- Written once for SQLite and PostgreSQL via the Flyway placeholders of storage.Dialect.

-- story_id and release_id have no foreign keys on purpose: a schedule whose story was deleted stays and fails with a
-- reason, so the team sees why nothing happened. target_name is the story's or release's name when it was scheduled.
-- run_at is the instant (UTC text); time_zone is the zone the person planned in, kept to show the time as they meant it.
-- status: pending, running (claimed by claimed_by until claimed_until), done, failed, cancelled.
-- intended_version is the story version a publish run chose, so a run re-checked after a crash sees whether it already
-- happened.
CREATE TABLE schedules (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    story_id ${bigint},
    release_id ${bigint},
    target_name TEXT NOT NULL,
    run_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    intended_version INTEGER,
    attempts INTEGER NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    created_by TEXT NOT NULL,
    created_by_user_id ${bigint},
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX schedules_due ON schedules (status, run_at);
CREATE INDEX schedules_space ON schedules (space_id, run_at);
