-- The peer bank: member peers (with their political group), chief-executive peers, officer peers and experts;
-- their home organisation, expertise tags, accreditation and the days they cannot be on site. user_name links a
-- peer to their Keycloak user. Days given and feedback averages are derived (team_seat, peer_feedback).
CREATE TABLE peer (
    id                       BIGSERIAL      PRIMARY KEY,
    user_name                VARCHAR(100)   UNIQUE,
    name                     VARCHAR(200)   NOT NULL CHECK (btrim(name) <> ''),
    kind                     VARCHAR(20)    NOT NULL CHECK (kind IN ('MEMBER', 'CHIEF_EXECUTIVE', 'OFFICER', 'EXPERT')),
    expert_sector            VARCHAR(30)    CHECK (expert_sector IN ('BUSINESS', 'VOLUNTARY_SECTOR', 'OTHER_PUBLIC_SECTOR',
                                                                     'CIVIL_SERVICE')),
    political_group          VARCHAR(60),
    home_organisation        VARCHAR(9)     REFERENCES organisation (code),
    elements                 VARCHAR(40)[]  NOT NULL DEFAULT '{}',
    service_areas            VARCHAR(100)[] NOT NULL DEFAULT '{}',
    metric_ids               VARCHAR(80)[]  NOT NULL DEFAULT '{}',
    inducted_on              DATE,
    accreditation_expires_on DATE,
    created_at               TIMESTAMPTZ    NOT NULL,
    updated_at               TIMESTAMPTZ    NOT NULL,
    version                  INTEGER        NOT NULL DEFAULT 0,
    CHECK ((kind = 'EXPERT') = (expert_sector IS NOT NULL)),
    CHECK ((kind = 'MEMBER') = (political_group IS NOT NULL)),
    CHECK (kind = 'EXPERT' OR home_organisation IS NOT NULL),
    CHECK (accreditation_expires_on IS NULL OR (inducted_on IS NOT NULL AND inducted_on <= accreditation_expires_on))
);
CREATE INDEX peer_home_organisation ON peer (home_organisation);

-- Days a peer cannot be on site (both ends included); a peer keeps their own.
CREATE TABLE peer_unavailability (
    peer_id   BIGINT NOT NULL REFERENCES peer (id) ON DELETE CASCADE,
    starts_on DATE   NOT NULL,
    ends_on   DATE   NOT NULL,
    PRIMARY KEY (peer_id, starts_on, ends_on),
    CHECK (starts_on <= ends_on)
);

-- Feedback on a peer after a challenge whose team they were on: once from a host and once from a manager.
CREATE TABLE peer_feedback (
    id           BIGSERIAL     PRIMARY KEY,
    peer_id      BIGINT        NOT NULL REFERENCES peer (id) ON DELETE CASCADE,
    challenge_id BIGINT        NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    source       VARCHAR(10)   NOT NULL CHECK (source IN ('HOST', 'MANAGER')),
    rating       INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      VARCHAR(2000),
    given_by     VARCHAR(200)  NOT NULL,
    given_at     TIMESTAMPTZ   NOT NULL,
    UNIQUE (peer_id, challenge_id, source)
);
