-- Duet's foundation schema, written once for SQLite and PostgreSQL; the id, bigint, json and bool placeholders come from storage.Dialect.
-- Timestamps are ISO-8601 UTC strings (sortable as text in both databases); JSON is stored as text.

CREATE TABLE spaces (
    id ${id},
    name TEXT NOT NULL,
    languages ${json} NOT NULL,
    default_language TEXT NOT NULL,
    preview_url TEXT,
    cv ${bigint} NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE delivery_tokens (
    token TEXT PRIMARY KEY,
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    access TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX delivery_tokens_space ON delivery_tokens (space_id);

CREATE TABLE users (
    id ${id},
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
    id ${id},
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes ${json} NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    last_used_at TEXT,
    revoked_at TEXT
);

CREATE TABLE audit_log (
    id ${id},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    space_id ${bigint},
    status INTEGER NOT NULL,
    details ${json}
);
CREATE INDEX audit_log_at ON audit_log (at);
