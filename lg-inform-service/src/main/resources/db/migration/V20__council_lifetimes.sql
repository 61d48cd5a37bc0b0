-- The register across time: councils abolished since 2019 join today's (reference/councils_abolished.csv), each
-- council has a validity interval [valid_from, valid_to] (valid_to the LAST day of its life; NULL = open) and its
-- predecessors and successors. Loaded at start-up like the rest of the register.
ALTER TABLE council ADD COLUMN valid_from DATE;
ALTER TABLE council ADD COLUMN valid_to DATE;
-- The GSS code of a two-tier district's county (county_code keeps the source's three-letter code).
ALTER TABLE council ADD COLUMN county_gss_code VARCHAR(9);
ALTER TABLE council ADD CONSTRAINT council_life CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to);

-- Who replaced whom: Cumbria -> Cumberland and Westmorland and Furness, Taunton Deane -> Somerset West and
-- Taunton -> Somerset, ...
CREATE TABLE council_succession (
    predecessor_code VARCHAR(9) NOT NULL REFERENCES council (gss_code),
    successor_code   VARCHAR(9) NOT NULL REFERENCES council (gss_code),
    PRIMARY KEY (predecessor_code, successor_code),
    CHECK (predecessor_code <> successor_code)
);
CREATE INDEX council_succession_successor ON council_succession (successor_code);

-- What each council's last CouncilRegistered said (a SHA-256 of its data), so a restart publishes only the
-- councils that are new or changed.
CREATE TABLE council_registration (
    gss_code     VARCHAR(9)  PRIMARY KEY REFERENCES council (gss_code),
    fingerprint  CHAR(64)    NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);
