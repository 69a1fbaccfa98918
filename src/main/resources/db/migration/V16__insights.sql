-- Insights count unique visitors of the whole space (story 0) or of one story over a range of days. The primary key
-- of daily_visitors starts with the day, so such a count would read every story's visitors of each day; this index
-- puts one story's days side by side and holds the visitor, so the count reads only the rows it counts.
CREATE INDEX daily_visitors_story_day ON daily_visitors (space_id, story_id, day, visitor);
