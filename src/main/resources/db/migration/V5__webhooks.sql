-- Webhooks: a space's outbound HTTP notifications and the durable log of their deliveries. Written once for SQLite
-- and PostgreSQL via the Flyway placeholders of storage.Dialect. Deleting a space or a webhook deletes what hangs off it.

-- The secret is kept as given (not hashed): every delivery is signed with it. The API shows it once, on creation.
-- events is a JSON list of event names, e.g. ["story.published", "story.unpublished"].
CREATE TABLE webhooks (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL,
    events ${json} NOT NULL,
    active ${bool} NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX webhooks_space ON webhooks (space_id);

-- One row per event per webhook, written after the content change committed and before any sending, so a restart
-- loses nothing. status is pending, delivered or failed. A node sending an attempt first claims the row by setting
-- claimed_until in the future; no other node touches a claimed row until that time has passed. payload holds the
-- exact body sent (and signed), so every attempt sends the same bytes.
CREATE TABLE webhook_deliveries (
    id ${id},
    webhook_id ${bigint} NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    payload ${json} NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT,
    last_status_code INTEGER,
    last_error TEXT,
    created_at TEXT NOT NULL,
    delivered_at TEXT
);
-- The retry scanner asks for pending rows that are due, oldest first.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
-- The delivery log lists one webhook's deliveries, newest first.
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, id);
