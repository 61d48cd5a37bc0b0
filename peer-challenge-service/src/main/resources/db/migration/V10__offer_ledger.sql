-- The improvement offer as a ledger. Every grant, use, expiry, charge and release is a row that is never
-- updated or deleted; balances are derived from the rows (OfferBalances). Writers lock the organisation's row
-- of `organisation` first, so two uses cannot both draw the last day.

-- The catalogue of subject-specific peer challenges that challenge managers keep: a challenge on a topic is
-- charged at least its minimum price. A topic is retired (active = false), never deleted: charges name it.
CREATE TABLE challenge_topic (
    name          VARCHAR(80)    PRIMARY KEY
        CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9 &,''()/.-]*$' AND name = btrim(name)),
    description   VARCHAR(500),
    minimum_price NUMERIC(12, 2) NOT NULL CHECK (minimum_price >= 0),
    active        BOOLEAN        NOT NULL,
    updated_by    VARCHAR(200)   NOT NULL,
    updated_at    TIMESTAMPTZ    NOT NULL
);

-- The first day of the three-year cycle a day falls in: cycles run from 1 April 2011, 2014, 2017, ...
-- (ChallengeCycle says the same in Java).
CREATE FUNCTION offer_cycle_start(day DATE) RETURNS DATE
    LANGUAGE SQL IMMUTABLE STRICT
    RETURN make_date(2011 + ((EXTRACT(YEAR FROM day)::INTEGER - CASE WHEN EXTRACT(MONTH FROM day) < 4 THEN 1 ELSE 0 END
                              - 2011) / 3) * 3, 4, 1);

-- The financial year a day falls in, in the sector's notation (2026/27).
CREATE FUNCTION offer_financial_year(day DATE) RETURNS VARCHAR
    LANGUAGE SQL IMMUTABLE STRICT
    RETURN (EXTRACT(YEAR FROM day)::INTEGER - CASE WHEN EXTRACT(MONTH FROM day) < 4 THEN 1 ELSE 0 END)::TEXT || '/'
        || lpad(((EXTRACT(YEAR FROM day)::INTEGER - CASE WHEN EXTRACT(MONTH FROM day) < 4 THEN 1 ELSE 0 END + 1) % 100)::TEXT,
                2, '0');

CREATE TABLE offer_entry (
    id                BIGSERIAL      PRIMARY KEY,
    -- no foreign key to organisation: the register is a copy rebuilt from lginform.councils, the ledger is history
    organisation_code VARCHAR(9)     NOT NULL CHECK (organisation_code ~ '^[ENSW][0-9]{8}$'),
    entitlement       VARCHAR(40)    NOT NULL CHECK (entitlement IN ('FREE_CORPORATE_PEER_CHALLENGE',
                          'SUBJECT_SPECIFIC_CHALLENGE', 'LEADERSHIP_PROGRAMME_PLACE', 'MEMBER_PEER_SUPPORT',
                          'SCRUTINY_SUPPORT')),
    movement          VARCHAR(10)    NOT NULL CHECK (movement IN ('GRANT', 'USE', 'EXPIRY', 'CHARGE', 'RELEASE')),
    -- challenges, places or days, always positive: the movement says which way it counts
    quantity          INTEGER        NOT NULL CHECK (quantity > 0),
    -- what a subject-specific challenge is charged (CHARGE) or no longer charged (RELEASE), in pounds
    amount            NUMERIC(12, 2) CHECK (amount IS NULL OR amount >= 0),
    topic             VARCHAR(80)    REFERENCES challenge_topic (name),
    -- the day the movement counts from (the change of control, the use, the expiry); cycle and year follow from it
    effective_on      DATE           NOT NULL CHECK (effective_on >= DATE '2011-04-01'),
    cycle_start       DATE           NOT NULL,
    financial_year    VARCHAR(7)     NOT NULL,
    -- a grant of days: the first day they can no longer be used
    expires_on        DATE,
    challenge_id      BIGINT         REFERENCES peer_challenge (id),
    -- the grant a use, expiry or release of days draws on
    grant_id          BIGINT         REFERENCES offer_entry (id),
    reason            VARCHAR(500)   NOT NULL,
    recorded_by       VARCHAR(200)   NOT NULL,
    recorded_at       TIMESTAMPTZ    NOT NULL,
    -- the event that caused the entry (PoliticalControlChanged)
    source_event_id   UUID,
    -- a grant's natural key (cycle:2026-04-01, year:2026/27, control-change:2026-05-08, challenge:42) or the
    -- Idempotency-Key of the request that made the entry
    reference         VARCHAR(200),
    CHECK (cycle_start = offer_cycle_start(effective_on)),
    CHECK (financial_year = offer_financial_year(effective_on)),
    CHECK (movement <> 'GRANT' OR reference IS NOT NULL),
    CHECK (expires_on IS NULL OR (movement = 'GRANT' AND expires_on > effective_on)),
    CHECK (movement <> 'EXPIRY' OR grant_id IS NOT NULL),
    CHECK ((entitlement = 'SUBJECT_SPECIFIC_CHALLENGE') = (amount IS NOT NULL)),
    CHECK (entitlement <> 'SUBJECT_SPECIFIC_CHALLENGE'
           OR (movement IN ('CHARGE', 'RELEASE') AND topic IS NOT NULL AND challenge_id IS NOT NULL)),
    CHECK (movement <> 'CHARGE' OR entitlement = 'SUBJECT_SPECIFIC_CHALLENGE')
);
CREATE INDEX offer_entry_organisation ON offer_entry (organisation_code, id);
CREATE INDEX offer_entry_grant ON offer_entry (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX offer_entry_challenge ON offer_entry (challenge_id) WHERE challenge_id IS NOT NULL;
CREATE INDEX offer_entry_expiring ON offer_entry (expires_on) WHERE movement = 'GRANT' AND expires_on IS NOT NULL;
-- an event is applied once, even if it arrives again under another consumer
CREATE UNIQUE INDEX offer_entry_source_event ON offer_entry (source_event_id) WHERE source_event_id IS NOT NULL;
-- a grant is written once: the cycle's free challenge, a year's place, a change of control, a challenge's finding
CREATE UNIQUE INDEX offer_entry_one_grant ON offer_entry (organisation_code, entitlement, reference)
    WHERE movement = 'GRANT';
-- unused days of a grant expire once
CREATE UNIQUE INDEX offer_entry_one_expiry ON offer_entry (grant_id) WHERE movement = 'EXPIRY';

-- What was recorded before the ledger, as entries: each council's first corporate challenge of a cycle used that
-- cycle's free challenge, and each leadership place used its year's place.
INSERT INTO offer_entry (organisation_code, entitlement, movement, quantity, effective_on, cycle_start, financial_year,
                         reason, recorded_by, recorded_at, reference)
SELECT council_code, 'FREE_CORPORATE_PEER_CHALLENGE', 'GRANT', 1, offer_cycle_start(starts_on),
       offer_cycle_start(starts_on), offer_financial_year(offer_cycle_start(starts_on)),
       'One free corporate peer challenge in each three-year cycle.', 'migration', now(),
       'cycle:' || offer_cycle_start(starts_on)
FROM (SELECT DISTINCT council_code, offer_cycle_start(starts_on) AS starts_on FROM peer_challenge
      WHERE kind = 'CORPORATE' AND starts_on >= DATE '2011-04-01') c;

INSERT INTO offer_entry (organisation_code, entitlement, movement, quantity, effective_on, cycle_start, financial_year,
                         challenge_id, reason, recorded_by, recorded_at)
SELECT DISTINCT ON (council_code, offer_cycle_start(starts_on))
       council_code, 'FREE_CORPORATE_PEER_CHALLENGE', 'USE', 1, starts_on, offer_cycle_start(starts_on),
       offer_financial_year(starts_on), id, 'Corporate peer challenge recorded before the ledger.', 'migration', now()
FROM peer_challenge
WHERE kind = 'CORPORATE' AND starts_on >= DATE '2011-04-01'
ORDER BY council_code, offer_cycle_start(starts_on), starts_on, id;

INSERT INTO offer_entry (organisation_code, entitlement, movement, quantity, effective_on, cycle_start, financial_year,
                         reason, recorded_by, recorded_at, reference)
SELECT council_code, 'LEADERSHIP_PROGRAMME_PLACE', m.movement, 1, make_date(left(financial_year, 4)::INTEGER, 4, 1),
       offer_cycle_start(make_date(left(financial_year, 4)::INTEGER, 4, 1)), financial_year,
       CASE m.movement WHEN 'GRANT' THEN 'One subsidised leadership-programme place in the financial year.'
                       ELSE 'Leadership-programme place recorded before the ledger.' END,
       'migration', now(), CASE m.movement WHEN 'GRANT' THEN 'year:' || financial_year END
FROM leadership_place
CROSS JOIN (VALUES ('GRANT', 1), ('USE', 2)) AS m (movement, ord)
WHERE left(financial_year, 4)::INTEGER >= 2011
ORDER BY leadership_place.id, m.ord;
