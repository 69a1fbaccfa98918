-- Decisions by ranked-choice vote (instant runoff), company-wide like the rest of the hub.
-- A decision is drafted (options, voters, tie-break rules can change), opened (they are fixed; listed voters cast
-- ballots) and closed (ballots are fixed; the round-by-round result and anonymised ballots are shown).
-- tie_break is a JSON array of rule ids tried in order (fixed_order uses the options' positions: first kept longest);
-- seed is the random draw's seed, stated in the result; chosen at creation or when voting opens.
CREATE TABLE decisions (
    id ${id},
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    context TEXT NOT NULL,
    status TEXT NOT NULL,
    tie_break ${json} NOT NULL,
    seed ${bigint},
    opens_at TEXT,
    closes_at TEXT,
    opened_at TEXT,
    closed_at TEXT,
    closed_by TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX decisions_status ON decisions (status, id);

-- The candidates; stack_tool_id names a tool of the martech stack (no foreign key: the stack is its own part).
CREATE TABLE decision_options (
    id ${id},
    decision_id ${bigint} NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    description TEXT NOT NULL,
    stack_tool_id ${bigint}
);
CREATE INDEX decision_options_decision ON decision_options (decision_id, position);

-- Who may vote, as they were when invited: name, email and the teams their role gave them (comma-separated ids).
-- No foreign key to users: removing a person later must not change a closed vote's turnout or result.
CREATE TABLE decision_voters (
    decision_id ${bigint} NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    teams TEXT NOT NULL,
    invited_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, user_id)
);

-- One ballot per voter and decision, replaced on re-voting while the vote is open. rankings is a JSON array of ranks,
-- each an array of option ids (empty: a skipped rank; two or more: an overvote).
CREATE TABLE decision_ballots (
    decision_id ${bigint} NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    user_id ${bigint} NOT NULL,
    rankings ${json} NOT NULL,
    cast_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, user_id)
);
