-- Historical peer challenges imported by a platform admin from the LGA's own records (spreadsheets kept since 2011):
-- each import with where its records came from, and which challenge each record became. A record's reference (the
-- spreadsheet's id) is imported once, whatever the Idempotency-Key of the request.
CREATE TABLE challenge_import (
    id          BIGSERIAL    PRIMARY KEY,
    -- where the records come from; the demo data's says SYNTHETIC
    source      VARCHAR(300) NOT NULL CHECK (btrim(source) <> ''),
    challenges  INTEGER      NOT NULL CHECK (challenges >= 1),
    imported_by VARCHAR(200) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE imported_challenge (
    challenge_id BIGINT       PRIMARY KEY REFERENCES peer_challenge (id) ON DELETE CASCADE,
    import_id    BIGINT       NOT NULL REFERENCES challenge_import (id),
    reference    VARCHAR(100) NOT NULL UNIQUE,
    position     INTEGER      NOT NULL CHECK (position >= 0),
    UNIQUE (import_id, position)
);
