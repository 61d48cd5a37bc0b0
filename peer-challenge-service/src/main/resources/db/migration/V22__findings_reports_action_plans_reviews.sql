-- Findings per element, recorded when the team gives its feedback. Recommendations are numbered 1, 2, ... across
-- the challenge, so the action plan and the progress review can answer each by number.
CREATE TABLE challenge_finding (
    id                BIGSERIAL     PRIMARY KEY,
    challenge_id      BIGINT        NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    element           VARCHAR(40)   NOT NULL,
    position          INTEGER       NOT NULL CHECK (position >= 0),
    strengths         VARCHAR(2000)[] NOT NULL DEFAULT '{}',
    areas_to_consider VARCHAR(2000)[] NOT NULL DEFAULT '{}',
    UNIQUE (challenge_id, element)
);

CREATE TABLE challenge_recommendation (
    id              BIGSERIAL     PRIMARY KEY,
    challenge_id    BIGINT        NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    number          INTEGER       NOT NULL CHECK (number >= 1),
    element         VARCHAR(40)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    -- from the progress review
    progress_status VARCHAR(30)   CHECK (progress_status IN ('ACHIEVED', 'IN_PROGRESS', 'NOT_STARTED', 'NO_LONGER_APPLICABLE')),
    progress_note   VARCHAR(2000),
    UNIQUE (challenge_id, number)
);

-- The published report: open to anyone from publication.
CREATE TABLE challenge_report (
    challenge_id BIGINT        PRIMARY KEY REFERENCES peer_challenge (id) ON DELETE CASCADE,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(20000) NOT NULL,
    url          VARCHAR(2000),
    published_on DATE          NOT NULL,
    published_by VARCHAR(200)  NOT NULL,
    published_at TIMESTAMPTZ   NOT NULL
);

CREATE TABLE challenge_action_plan (
    challenge_id BIGINT         PRIMARY KEY REFERENCES peer_challenge (id) ON DELETE CASCADE,
    summary      VARCHAR(20000) NOT NULL,
    url          VARCHAR(2000),
    published_on DATE           NOT NULL,
    published_by VARCHAR(200)   NOT NULL,
    published_at TIMESTAMPTZ    NOT NULL
);

CREATE TABLE challenge_action (
    id                    BIGSERIAL     PRIMARY KEY,
    challenge_id          BIGINT        NOT NULL REFERENCES challenge_action_plan (challenge_id) ON DELETE CASCADE,
    number                INTEGER       NOT NULL CHECK (number >= 1),
    recommendation_number INTEGER       NOT NULL CHECK (recommendation_number >= 1),
    action                VARCHAR(2000) NOT NULL,
    owner                 VARCHAR(200),
    due_on                DATE,
    UNIQUE (challenge_id, number)
);

CREATE TABLE challenge_progress_review (
    challenge_id BIGINT         PRIMARY KEY REFERENCES peer_challenge (id) ON DELETE CASCADE,
    summary      VARCHAR(20000) NOT NULL,
    reviewed_on  DATE           NOT NULL,
    reviewed_by  VARCHAR(200)   NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL
);
