-- The wins feed: what shipped and is worth celebrating, across the whole company (not one space).
-- Features record a win inside the transaction of the change that earned it (a story went live, a release merged, an
-- experiment shipped its winner, a key result was reached, a request was delivered). source names that change, unique,
-- so telling the same win twice (a retried job, a score computed again) records it once.
-- space_id is set when the win belongs to a space; no foreign key, so the feed outlives a deleted space's stories.
-- details is a JSON object of facts for programs (ids, version numbers, values); title is the phrase people read.
CREATE TABLE wins (
    id ${id},
    kind TEXT NOT NULL,
    source TEXT NOT NULL UNIQUE,
    space_id ${bigint},
    title TEXT NOT NULL,
    actor TEXT NOT NULL,
    link TEXT,
    details ${json} NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX wins_created ON wins (created_at, id);
