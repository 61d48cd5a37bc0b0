-- Who exists: councils copied from LG Inform's register (lginform.councils), and fire and rescue authorities
-- registered here by a platform admin. Both can host a challenge and hold the offer's entitlements.
CREATE TABLE organisation (
    code              VARCHAR(9)   PRIMARY KEY CHECK (code ~ '^[ENSW][0-9]{8}$'),
    kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('COUNCIL', 'FIRE_AND_RESCUE')),
    name              VARCHAR(200) NOT NULL,
    nation            VARCHAR(40),
    region            VARCHAR(60),
    council_type      VARCHAR(3),
    tier              VARCHAR(20),
    -- a two-tier district's county (GSS code)
    county_code       VARCHAR(9),
    -- for a fire and rescue authority: combined, metropolitan, county council, police fire and crime commissioner...
    fire_authority_kind VARCHAR(40),
    valid_from        DATE,
    valid_to          DATE,
    successors        VARCHAR(9)[] NOT NULL DEFAULT '{}',
    predecessors      VARCHAR(9)[] NOT NULL DEFAULT '{}',
    -- the controlling party (or NO_OVERALL_CONTROL) since control_since, from PoliticalControlChanged
    political_control VARCHAR(60),
    control_since     DATE,
    updated_at        TIMESTAMPTZ  NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to),
    CHECK (kind = 'COUNCIL' OR fire_authority_kind IS NOT NULL)
);
CREATE INDEX organisation_county ON organisation (county_code);

-- A challenge has one or more hosts (shared management, a county with its districts, a sub-region, a council
-- with public-sector partners) and one or more visits. council_code stays as the lead host: events are keyed by it.
ALTER TABLE peer_challenge DROP CONSTRAINT peer_challenge_kind_check;
ALTER TABLE peer_challenge DROP CONSTRAINT peer_challenge_stage_check;
ALTER TABLE peer_challenge
    ADD COLUMN shape       VARCHAR(30)  NOT NULL DEFAULT 'SINGLE'
        CHECK (shape IN ('SINGLE', 'SHARED_MANAGEMENT', 'COUNTY_WITH_DISTRICTS', 'SUB_REGIONAL', 'WITH_PARTNERS')),
    ADD COLUMN topic       VARCHAR(80),
    ADD COLUMN focus_areas VARCHAR(200)[] NOT NULL DEFAULT '{}',
    ADD COLUMN charge      NUMERIC(12, 2) CHECK (charge IS NULL OR charge >= 0),
    ADD COLUMN version     INTEGER      NOT NULL DEFAULT 0,
    ADD CONSTRAINT peer_challenge_kind_check
        CHECK (kind IN ('CORPORATE', 'SUBJECT_SPECIFIC', 'FIRE_AND_RESCUE', 'CHILDRENS_SERVICES')),
    ADD CONSTRAINT peer_challenge_stage_check
        CHECK (stage IN ('ENQUIRY', 'SCOPING', 'POSITION_STATEMENT', 'ON_SITE', 'FEEDBACK_GIVEN',
                         'REPORT_PUBLISHED', 'ACTION_PLAN_PUBLISHED', 'PROGRESS_REVIEWED')),
    ADD CONSTRAINT peer_challenge_topic_check CHECK ((kind = 'SUBJECT_SPECIFIC') = (topic IS NOT NULL));

CREATE TABLE challenge_host (
    challenge_id      BIGINT     NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    organisation_code VARCHAR(9) NOT NULL CHECK (organisation_code ~ '^[ENSW][0-9]{8}$'),
    lead              BOOLEAN    NOT NULL,
    PRIMARY KEY (challenge_id, organisation_code)
);
CREATE UNIQUE INDEX challenge_one_lead_host ON challenge_host (challenge_id) WHERE lead;
CREATE INDEX challenge_host_organisation ON challenge_host (organisation_code);

-- On-site visits: about four days once, or several short visits of an extended review.
CREATE TABLE challenge_visit (
    challenge_id BIGINT  NOT NULL REFERENCES peer_challenge (id) ON DELETE CASCADE,
    visit_no     INTEGER NOT NULL CHECK (visit_no >= 1),
    starts_on    DATE    NOT NULL,
    ends_on      DATE    NOT NULL,
    PRIMARY KEY (challenge_id, visit_no),
    CHECK (starts_on <= ends_on AND ends_on - starts_on < 14)
);

-- Challenges recorded before hosts existed host their own council.
INSERT INTO challenge_host (challenge_id, organisation_code, lead) SELECT id, council_code, TRUE FROM peer_challenge;
