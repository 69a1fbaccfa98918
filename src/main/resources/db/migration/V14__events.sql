-- Events from sites (exposures, views, clicks, conversions, custom events), the hourly rollups insights read, and the
-- per-visitor experiment tables results are computed from. One append writes all of them in one transaction, so an
-- acknowledged event is in every one of them or in none. Visitors are the site's pseudonymous ids; no IP is kept.
CREATE TABLE events (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    name TEXT,
    visitor TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    story_id ${bigint},
    block_uid TEXT,
    experiment TEXT,
    variation INTEGER,
    value ${double},
    segment TEXT,
    channel TEXT,
    locale TEXT,
    device TEXT
);
CREATE INDEX events_space_time ON events (space_id, occurred_at);

-- One row per hour and combination of dimensions; absent dimensions are '' (or 0 / -1) so the key has no NULLs.
CREATE TABLE event_rollups (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    hour TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    story_id ${bigint} NOT NULL,
    block_uid TEXT NOT NULL,
    experiment TEXT NOT NULL,
    variation INTEGER NOT NULL,
    segment TEXT NOT NULL,
    channel TEXT NOT NULL,
    locale TEXT NOT NULL,
    device TEXT NOT NULL,
    events ${bigint} NOT NULL,
    value_sum ${double} NOT NULL,
    PRIMARY KEY (space_id, hour, type, name, story_id, block_uid, experiment, variation, segment, channel, locale, device)
);
CREATE INDEX event_rollups_story ON event_rollups (space_id, story_id, hour);

-- Distinct visitors per day, per story (story 0: the whole space), for unique-visitor counts over any range of days.
CREATE TABLE daily_visitors (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    story_id ${bigint} NOT NULL,
    visitor TEXT NOT NULL,
    PRIMARY KEY (space_id, day, story_id, visitor)
);

-- A visitor's first exposure to an experiment decides their variation for the analysis.
CREATE TABLE experiment_exposures (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    experiment TEXT NOT NULL,
    visitor TEXT NOT NULL,
    variation INTEGER NOT NULL,
    exposed_at TEXT NOT NULL,
    segment TEXT NOT NULL,
    channel TEXT NOT NULL,
    locale TEXT NOT NULL,
    device TEXT NOT NULL,
    PRIMARY KEY (space_id, experiment, visitor)
);
CREATE INDEX experiment_exposures_visitor ON experiment_exposures (space_id, visitor);

-- What each exposed visitor did after their exposure, per metric key (conversion:<name>, custom:<name>,
-- click:<block uid>, view:<story id>): the sum of the events' values (1 when an event has none) and their count.
CREATE TABLE experiment_metrics (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    experiment TEXT NOT NULL,
    visitor TEXT NOT NULL,
    metric TEXT NOT NULL,
    value ${double} NOT NULL,
    events ${bigint} NOT NULL,
    PRIMARY KEY (space_id, experiment, visitor, metric)
);
