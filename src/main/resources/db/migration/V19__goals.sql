-- Goals: objectives per period with weighted key results, shared by marketing and IT (company-wide, not per space).
-- An objective covers a period: a quarter (period_label 2026-Q4) or custom dates (period_label empty); dates are
-- ISO days, inclusive. parent_id nests objectives under others (the service refuses cycles).
CREATE TABLE objectives (
    id ${id},
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    period_label TEXT,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    owner_user_id ${bigint},
    parent_id ${bigint},
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX objectives_period ON objectives (starts_on, ends_on);

-- A key result measures one objective. Its value comes from its driver: manual check-ins, a live insights metric or
-- one of Duet's operational metrics; driver_config is the driver's JSON settings (space, metric, story, window, ...).
-- reached_at is set when the target was first reached, in the transaction that records the win.
CREATE TABLE key_results (
    id ${id},
    objective_id ${bigint} NOT NULL REFERENCES objectives (id),
    title TEXT NOT NULL,
    owner_team TEXT NOT NULL,
    owner_user_id ${bigint},
    value_type TEXT NOT NULL,
    currency TEXT,
    start_value ${double} NOT NULL,
    target_value ${double} NOT NULL,
    direction TEXT NOT NULL,
    weight ${double} NOT NULL,
    driver TEXT NOT NULL,
    driver_config ${json} NOT NULL,
    position INTEGER NOT NULL,
    reached_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX key_results_objective ON key_results (objective_id, position);

-- Manual check-ins, history kept: the value then, how confident the owner is of reaching the target (0 to 1), a note.
CREATE TABLE key_result_check_ins (
    id ${id},
    key_result_id ${bigint} NOT NULL REFERENCES key_results (id),
    value ${double} NOT NULL,
    confidence ${double},
    comment TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX key_result_check_ins_key_result ON key_result_check_ins (key_result_id, created_at, id);
