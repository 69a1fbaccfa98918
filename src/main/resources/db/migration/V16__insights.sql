-- Indexes for insights, which read only the rollups and the daily visitor lists.
--
-- Headline numbers, series, per-story and per-block numbers and the weekday-by-hour matrix read every rollup row of a
-- period. The primary key finds those rows by hour but holds neither the counts nor the sums, so each row would cost a
-- second lookup in the table; this index holds every column those queries read, so they are answered from it alone.
CREATE INDEX event_rollups_insights ON event_rollups (space_id, hour, type, block_uid, story_id, events, value_sum);

-- Unique visitors of the whole space (story 0) or of one story over a range of days. The primary key of daily_visitors
-- starts with the day, so such a count would read every story's visitors of each day; this index puts one story's days
-- side by side and holds the visitor, so the count reads only the rows it counts.
CREATE INDEX daily_visitors_story_day ON daily_visitors (space_id, story_id, day, visitor);
