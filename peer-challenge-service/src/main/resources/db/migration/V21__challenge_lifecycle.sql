-- A challenge's life: its partners (WITH_PARTNERS), the governance finding, cancellation (its booking was
-- cancelled before the visit), every stage change with who made it, and the deadlines that run from the last
-- on-site day.
ALTER TABLE peer_challenge
    ADD COLUMN partners              VARCHAR(200)[] NOT NULL DEFAULT '{}',
    ADD COLUMN member_challenge_weak BOOLEAN,
    ADD COLUMN feedback_on           DATE,
    ADD COLUMN cancelled_at          TIMESTAMPTZ;
CREATE INDEX peer_challenge_stage ON peer_challenge (stage) WHERE cancelled_at IS NULL;

CREATE TABLE challenge_stage_change (
    id           BIGSERIAL    PRIMARY KEY,
    challenge_id BIGINT       NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    -- null for the opening of the challenge at ENQUIRY
    from_stage   VARCHAR(30),
    to_stage     VARCHAR(30)  NOT NULL,
    moved_by     VARCHAR(200) NOT NULL,
    moved_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX challenge_stage_change_challenge ON challenge_stage_change (challenge_id, id);

-- One row per deadline of a scheduled challenge. due_on follows the visits (recomputed when they change); met_on is
-- the day the stage was reached; missed_published_at records the one DeadlineMissed event of the deadline.
CREATE TABLE challenge_deadline (
    id                  BIGSERIAL   PRIMARY KEY,
    challenge_id        BIGINT      NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    deadline            VARCHAR(20) NOT NULL CHECK (deadline IN ('REPORT', 'ACTION_PLAN', 'PROGRESS_REVIEW')),
    due_on              DATE        NOT NULL,
    met_on              DATE,
    missed_published_at TIMESTAMPTZ,
    UNIQUE (challenge_id, deadline)
);
CREATE INDEX challenge_deadline_open ON challenge_deadline (due_on, id) WHERE met_on IS NULL;
