-- Which source text each field translation was made from, so a later change of the source marks the translation
-- outdated. One row per story, block (_uid), field key and language; source_hash is the SHA-256 of the source value's
-- JSON at the time the translation was last saved. Rows of removed languages are kept with the translations.
CREATE TABLE translation_sources (
    story_id ${bigint} NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    block_uid TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (story_id, block_uid, field, lang)
);
