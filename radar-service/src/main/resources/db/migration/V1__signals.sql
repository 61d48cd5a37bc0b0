-- What the radar has learned about a council, from published data and (later) soft intelligence.
CREATE TABLE signal (
    id               BIGSERIAL    PRIMARY KEY,
    council_code     VARCHAR(9)   NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    source           VARCHAR(60)  NOT NULL,
    source_event_id  UUID         NOT NULL,
    period           VARCHAR(10),
    summary          TEXT         NOT NULL,
    observed_at      TIMESTAMPTZ  NOT NULL,
    received_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX signal_council ON signal (council_code, observed_at DESC);

-- The radar is confidential: every read of a council's radar data is recorded.
CREATE TABLE read_audit (
    id           BIGSERIAL    PRIMARY KEY,
    reader       VARCHAR(200) NOT NULL,
    council_code VARCHAR(9)   NOT NULL,
    resource     VARCHAR(60)  NOT NULL,
    read_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX read_audit_council ON read_audit (council_code, read_at DESC);
