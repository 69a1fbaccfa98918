-- Workflow stages per space and the stage each story is in; placeholders as in V1 (filled in by storage.Dialect).
-- A space without a workflows row has the default workflow: the workflow package stores it on first use, so new,
-- existing and imported spaces all get it without this migration knowing them.

CREATE TABLE workflows (
    space_id ${bigint} PRIMARY KEY REFERENCES spaces (id) ON DELETE CASCADE,
    four_eyes ${bool} NOT NULL,
    updated_at TEXT NOT NULL
);

-- roles is a JSON array of role ids that may move a story into the stage; an empty array means anyone who reviews.
CREATE TABLE workflow_stages (
    id ${id},
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL,
    position INTEGER NOT NULL,
    allow_publish ${bool} NOT NULL,
    approval ${bool} NOT NULL,
    is_default ${bool} NOT NULL,
    after_publish ${bool} NOT NULL,
    roles ${json} NOT NULL
);
CREATE INDEX workflow_stages_space ON workflow_stages (space_id, position);

-- A story without a row is in its space's default stage (imported stories, stories from before this migration).
-- approved_version is the version an approval stage approved; null outside approval stages.
CREATE TABLE story_stages (
    story_id ${bigint} PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    space_id ${bigint} NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    stage_id ${bigint} NOT NULL REFERENCES workflow_stages (id) ON DELETE CASCADE,
    assignee_id ${bigint} REFERENCES users (id) ON DELETE SET NULL,
    approved_version INTEGER,
    since TEXT NOT NULL
);
CREATE INDEX story_stages_space ON story_stages (space_id, stage_id);
