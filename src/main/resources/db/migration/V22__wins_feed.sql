-- The wins feed around the wins of V17: reactions and kudos people add, and the weekly digest sent to a webhook.

-- One row per person and reaction on a win (a small fixed set, e.g. tada, clap); the key makes it one of each.
CREATE TABLE win_reactions (
    win_id ${bigint} NOT NULL REFERENCES wins (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reaction TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (win_id, user_id, reaction)
);

-- Short notes of thanks on a win; author is the email as it was when written, so kudos outlive a renamed user.
CREATE TABLE win_kudos (
    id ${id},
    win_id ${bigint} NOT NULL REFERENCES wins (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX win_kudos_win ON win_kudos (win_id, id);
CREATE INDEX wins_kind ON wins (kind, created_at);

-- The one company-wide digest subscription (id is always 1). weekday is ISO (1 Monday .. 7 Sunday), hour is UTC;
-- base_url is where people open Duet, for the links in the digest.
-- sent_week is the ISO week (2026-W47) last sent or given up on; claimed_by/claimed_until let exactly one node send
-- it; attempts counts the failed tries at the week being sent, next_attempt_at holds the next retry.
CREATE TABLE win_digest_subscription (
    id ${bigint} PRIMARY KEY,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    base_url TEXT NOT NULL,
    weekday INTEGER NOT NULL,
    hour INTEGER NOT NULL,
    active ${bool} NOT NULL,
    sent_week TEXT,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT,
    claimed_by TEXT,
    claimed_until TEXT,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every attempt to send a digest, scheduled or on request, for the delivery log.
CREATE TABLE win_digest_deliveries (
    id ${id},
    week TEXT NOT NULL,
    cause TEXT NOT NULL,
    url TEXT NOT NULL,
    outcome TEXT NOT NULL,
    status_code INTEGER,
    error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX win_digest_deliveries_created ON win_digest_deliveries (created_at, id);
