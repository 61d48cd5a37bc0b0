-- Political control of each council: which party controls it (or NO_OVERALL_CONTROL), the leader's party and
-- the day it took effect. History is kept: one row per record, the newest is the current control.
CREATE TABLE political_control (
    id             BIGSERIAL    PRIMARY KEY,
    council_code   VARCHAR(9)   NOT NULL REFERENCES council (gss_code),
    control        VARCHAR(60)  NOT NULL,
    leader_party   VARCHAR(60),
    effective_from DATE         NOT NULL,
    synthetic      BOOLEAN      NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (council_code, effective_from)
);
