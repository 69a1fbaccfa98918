-- Events are acknowledged as soon as their raw rows are committed; everything derived from them (rollups, insights
-- tables, visitor sketches, experiment exposures and metrics) is derived afterwards, one committed batch at a time.
-- A batch is derived exactly once: the transaction that derives it first sets its derived_at where it is still null,
-- so two nodes (or a node and a reader catching up) never both count it, and a crash mid-way leaves it pending.
CREATE TABLE event_batches (
    id ${id},
    events INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    derived_at TEXT
);
CREATE INDEX event_batches_pending ON event_batches (id) WHERE derived_at IS NULL;

-- Raw events now carry their batch and are read back only by it (a batch derived after a restart); nothing reads them
-- by time any more, so that index goes: each event costs the primary key and one index entry.
ALTER TABLE events ADD COLUMN batch_id ${bigint};
DROP INDEX events_space_time;
CREATE INDEX events_batch ON events (batch_id);

-- The wide rollup (every dimension, kept for slicing any way) is no longer what insights read, so its read indexes go.
DROP INDEX event_rollups_story;
DROP INDEX event_rollups_insights;

-- What insights read: narrow rollups that compress well because each keeps only the dimensions its reports group by.
-- Page views only (a view naming a block is that block's impression), clicks and conversions anywhere.
CREATE TABLE insights_hours (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    hour TEXT NOT NULL,
    story_id ${bigint} NOT NULL,
    type TEXT NOT NULL,
    events ${bigint} NOT NULL,
    value_sum ${double} NOT NULL,
    PRIMARY KEY (space_id, hour, story_id, type)
);

-- Per block of a story: impressions (views naming the block), clicks and conversions naming it.
CREATE TABLE insights_blocks (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    story_id ${bigint} NOT NULL,
    hour TEXT NOT NULL,
    block_uid TEXT NOT NULL,
    type TEXT NOT NULL,
    events ${bigint} NOT NULL,
    PRIMARY KEY (space_id, story_id, hour, block_uid, type)
);

-- Per value of one dimension (segment, channel, locale, device; '' when absent), as insights_hours counts.
CREATE TABLE insights_dimensions (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    dimension TEXT NOT NULL,
    hour TEXT NOT NULL,
    value TEXT NOT NULL,
    story_id ${bigint} NOT NULL,
    type TEXT NOT NULL,
    events ${bigint} NOT NULL,
    PRIMARY KEY (space_id, dimension, hour, value, story_id, type)
);

-- Distinct visitors per day and story (story 0: the whole space) as a mergeable sketch (analytics.VisitorSketch):
-- exact up to 512 visitors, a HyperLogLog beyond. Replaces daily_visitors, one row per visitor (V24 converts it).
CREATE TABLE visitor_sketches (
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    story_id ${bigint} NOT NULL,
    day TEXT NOT NULL,
    sketch ${blob} NOT NULL,
    PRIMARY KEY (space_id, story_id, day)
);

-- Everything stored before this migration was derived when it was stored: carry its counts over.
INSERT INTO insights_hours (space_id, hour, story_id, type, events, value_sum)
SELECT space_id, hour, story_id, type, SUM(events), SUM(value_sum) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND (type <> 'view' OR block_uid = '')
GROUP BY space_id, hour, story_id, type;

INSERT INTO insights_blocks (space_id, story_id, hour, block_uid, type, events)
SELECT space_id, story_id, hour, block_uid, type, SUM(events) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND block_uid <> ''
GROUP BY space_id, story_id, hour, block_uid, type;

INSERT INTO insights_dimensions (space_id, dimension, hour, value, story_id, type, events)
SELECT space_id, 'segment', hour, segment, story_id, type, SUM(events) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND (type <> 'view' OR block_uid = '')
GROUP BY space_id, hour, segment, story_id, type;

INSERT INTO insights_dimensions (space_id, dimension, hour, value, story_id, type, events)
SELECT space_id, 'channel', hour, channel, story_id, type, SUM(events) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND (type <> 'view' OR block_uid = '')
GROUP BY space_id, hour, channel, story_id, type;

INSERT INTO insights_dimensions (space_id, dimension, hour, value, story_id, type, events)
SELECT space_id, 'locale', hour, locale, story_id, type, SUM(events) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND (type <> 'view' OR block_uid = '')
GROUP BY space_id, hour, locale, story_id, type;

INSERT INTO insights_dimensions (space_id, dimension, hour, value, story_id, type, events)
SELECT space_id, 'device', hour, device, story_id, type, SUM(events) FROM event_rollups
WHERE type IN ('view', 'click', 'conversion') AND (type <> 'view' OR block_uid = '')
GROUP BY space_id, hour, device, story_id, type;
