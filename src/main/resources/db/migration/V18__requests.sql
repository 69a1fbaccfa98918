-- Requests between the marketing and the IT team: a short brief, intake and work states, a board, comments, watchers
-- and a timeline. Company-wide (not one space); links into a space carry their space_id inside the links JSON.
-- state is the stored state: new, rejected, snoozed, duplicate, to_do, in_progress, in_review, done, blocked. A snoozed
-- request whose snoozed_until date has passed reads as new again (computed on read, so no scheduler is needed).
-- brief, attachments and links are JSON (objects and arrays) the requests package reads and writes whole.
-- board_rank orders the cards of one board column; version is the optimistic lock of every change to the request itself.
CREATE TABLE requests (
    id ${id},
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    to_team TEXT NOT NULL,
    priority TEXT NOT NULL,
    state TEXT NOT NULL,
    state_reason TEXT,
    snoozed_until TEXT,
    duplicate_of ${bigint},
    brief ${json} NOT NULL,
    due_date TEXT,
    due_reason TEXT,
    requester_id ${bigint} REFERENCES users (id) ON DELETE SET NULL,
    requester TEXT NOT NULL,
    assignee_id ${bigint} REFERENCES users (id) ON DELETE SET NULL,
    assignee TEXT,
    attachments ${json} NOT NULL,
    links ${json} NOT NULL,
    board_rank INTEGER NOT NULL,
    version INTEGER NOT NULL,
    delivered_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_state ON requests (state, board_rank);
CREATE INDEX requests_created ON requests (created_at, id);

CREATE TABLE request_comments (
    id ${id},
    request_id ${bigint} NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    author_id ${bigint} REFERENCES users (id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX request_comments_request ON request_comments (request_id, id);

-- The requester and the assignee are added as watchers automatically; others add and remove themselves.
CREATE TABLE request_watchers (
    request_id ${bigint} NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (request_id, user_id)
);

-- The timeline: every state change, edit, assignment, link change and comment, with who and when.
CREATE TABLE request_events (
    id ${id},
    request_id ${bigint} NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    details ${json} NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX request_events_request ON request_events (request_id, id);
