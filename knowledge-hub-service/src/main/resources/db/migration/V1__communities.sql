-- Communities of practice: where officers, members and peers working on the same improvement theme meet.
-- The id is a readable slug so links to a community stay stable.
CREATE TABLE community (
    id                          VARCHAR(80)  PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                        VARCHAR(120) NOT NULL,
    description                 TEXT         NOT NULL,
    theme                       VARCHAR(60)  NOT NULL,
    -- True for communities carried over from the old communities-of-practice platform.
    migrated_from_old_platform  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at                  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
