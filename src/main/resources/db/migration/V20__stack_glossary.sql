-- The martech stack (the tools the company pays for, how they connect, and the audit decisions taken on them) and the
-- shared glossary. Both are company-wide, not per space. Written once for SQLite and PostgreSQL via the Flyway
-- placeholders of storage.Dialect.

-- name_key is the lower-cased name: one tool per name, whatever its case (CSV imports match rows to tools by it).
-- cost is a decimal kept as text ("1200.00") so both databases store exactly what was entered; currency is an
-- ISO 4217 code; billing_period is monthly or yearly. Dates (contract_start, renewal_date) are ISO yyyy-mm-dd.
CREATE TABLE stack_tools (
    id ${id},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    vendor TEXT,
    owner_team TEXT NOT NULL,
    owner TEXT,
    liaison TEXT,
    purpose TEXT,
    cost TEXT NOT NULL,
    currency TEXT NOT NULL,
    billing_period TEXT NOT NULL,
    seats_paid INTEGER,
    seats_active INTEGER,
    contract_start TEXT,
    renewal_date TEXT,
    notice_days INTEGER,
    reminder_days INTEGER NOT NULL,
    url TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- What flows from one tool into another (leads, audiences, events); one row per direction and pair.
CREATE TABLE stack_integrations (
    id ${id},
    source_tool_id ${bigint} NOT NULL REFERENCES stack_tools (id) ON DELETE CASCADE,
    target_tool_id ${bigint} NOT NULL REFERENCES stack_tools (id) ON DELETE CASCADE,
    flow TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (source_tool_id, target_tool_id)
);
CREATE INDEX stack_integrations_target ON stack_integrations (target_tool_id);

-- Audit decisions (keep, consolidate, retire, renegotiate) are never changed: a new one is added, the newest counts,
-- and the older ones stay as the tool's history.
CREATE TABLE stack_decisions (
    id ${id},
    tool_id ${bigint} NOT NULL REFERENCES stack_tools (id) ON DELETE CASCADE,
    decision TEXT NOT NULL,
    rationale TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX stack_decisions_tool ON stack_decisions (tool_id, id);

-- examples is a JSON array of strings. owner is a person's name or email, as people write it.
CREATE TABLE glossary_terms (
    id ${id},
    term TEXT NOT NULL,
    definition_marketing TEXT,
    definition_developer TEXT,
    examples ${json} NOT NULL,
    owner TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every name a term answers to, its own and its aliases, lower-cased in name_key: the primary key makes a name mean
-- one term only, across terms and aliases alike. kind is term or alias; name keeps the spelling people gave.
CREATE TABLE glossary_names (
    name_key TEXT PRIMARY KEY,
    term_id ${bigint} NOT NULL REFERENCES glossary_terms (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX glossary_names_term ON glossary_names (term_id);

CREATE TABLE glossary_related (
    term_id ${bigint} NOT NULL REFERENCES glossary_terms (id) ON DELETE CASCADE,
    related_id ${bigint} NOT NULL REFERENCES glossary_terms (id) ON DELETE CASCADE,
    PRIMARY KEY (term_id, related_id)
);
