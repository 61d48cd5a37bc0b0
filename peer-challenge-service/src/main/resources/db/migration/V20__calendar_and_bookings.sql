-- The booking calendar: calendar quarters (2026-Q3 is July to September 2026) with the number of challenges the
-- LGA can host in each, set by challenge managers. A quarter without a row has no capacity yet: bookings of it
-- wait until a manager opens it.
CREATE TABLE calendar_quarter (
    quarter       VARCHAR(7)   PRIMARY KEY CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    host_capacity INTEGER      NOT NULL CHECK (host_capacity BETWEEN 0 AND 1000),
    updated_by    VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CHECK (starts_on < ends_on)
);

-- A council's booking of a quarter, to HOST a challenge or to GIVE peer days. organisation_code is who booked: the
-- lead host, or the council giving days. Bookings are never deleted: a cancelled one keeps its row. WAITING
-- bookings are promoted first come, first served (booked_at, then id).
CREATE TABLE booking (
    id                BIGSERIAL     PRIMARY KEY,
    quarter           VARCHAR(7)    NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    purpose           VARCHAR(20)   NOT NULL CHECK (purpose IN ('HOST', 'GIVE_PEER_DAYS')),
    organisation_code VARCHAR(9)    NOT NULL CHECK (organisation_code ~ '^[ENSW][0-9]{8}$'),
    status            VARCHAR(20)   NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED')),
    -- HOST: every host, the lead (organisation_code) first
    host_codes        VARCHAR(9)[]  NOT NULL DEFAULT '{}',
    kind              VARCHAR(20)   CHECK (kind IN ('CORPORATE', 'SUBJECT_SPECIFIC', 'FIRE_AND_RESCUE', 'CHILDRENS_SERVICES')),
    shape             VARCHAR(30)   CHECK (shape IN ('SINGLE', 'SHARED_MANAGEMENT', 'COUNTY_WITH_DISTRICTS', 'SUB_REGIONAL', 'WITH_PARTNERS')),
    topic             VARCHAR(80),
    focus_areas       VARCHAR(200)[] NOT NULL DEFAULT '{}',
    partners          VARCHAR(200)[] NOT NULL DEFAULT '{}',
    charge            NUMERIC(12, 2) CHECK (charge IS NULL OR charge >= 0),
    -- GIVE_PEER_DAYS: how many days and, where already known, which peers (ids of the peer bank)
    peer_days         INTEGER       CHECK (peer_days BETWEEN 1 AND 500),
    peer_ids          BIGINT[]      NOT NULL DEFAULT '{}',
    -- the challenge a confirmed HOST booking opened
    challenge_id      BIGINT        UNIQUE REFERENCES peer_challenge (id),
    booked_by         VARCHAR(200)  NOT NULL,
    booked_at         TIMESTAMPTZ   NOT NULL,
    confirmed_at      TIMESTAMPTZ,
    cancelled_by      VARCHAR(200),
    cancelled_at      TIMESTAMPTZ,
    version           INTEGER       NOT NULL DEFAULT 0,
    CHECK ((purpose = 'HOST') = (kind IS NOT NULL AND shape IS NOT NULL AND cardinality(host_codes) >= 1)),
    CHECK ((purpose = 'GIVE_PEER_DAYS') = (peer_days IS NOT NULL)),
    CHECK (purpose = 'HOST' OR (cardinality(host_codes) = 0 AND challenge_id IS NULL)),
    CHECK ((kind = 'SUBJECT_SPECIFIC') = (topic IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CHECK (status <> 'WAITING' OR purpose = 'HOST')
);
CREATE INDEX booking_quarter_status ON booking (quarter, status, booked_at, id);
CREATE INDEX booking_organisation ON booking (organisation_code, quarter);
CREATE INDEX booking_hosts ON booking USING gin (host_codes);
