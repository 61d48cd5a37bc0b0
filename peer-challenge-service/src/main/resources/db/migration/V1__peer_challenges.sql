-- Peer challenges a council hosts. A corporate one inside a three-year cycle uses up that cycle's free
-- challenge; subject-specific ones are charged and never do. starts_on is empty until the on-site
-- dates are agreed (an enquiry or scoping may not have them yet).
CREATE TABLE peer_challenge (
    id           BIGSERIAL    PRIMARY KEY,
    council_code VARCHAR(9)   NOT NULL CHECK (council_code ~ '^[ENSW][0-9]{8}$'),
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('CORPORATE', 'SUBJECT_SPECIFIC')),
    stage        VARCHAR(30)  NOT NULL CHECK (stage IN ('ENQUIRY', 'SCOPING', 'POSITION_STATEMENT', 'ON_SITE',
                                                        'FEEDBACK_GIVEN', 'REPORT_PUBLISHED', 'PROGRESS_REVIEWED')),
    starts_on    DATE,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX peer_challenge_council_kind_start ON peer_challenge (council_code, kind, starts_on);
