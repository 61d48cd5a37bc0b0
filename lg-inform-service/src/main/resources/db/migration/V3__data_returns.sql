-- A council's submission of values (one POST); a national dataset makes one return per council.
CREATE TABLE data_return (
    id              BIGSERIAL    PRIMARY KEY,
    council_code    VARCHAR(9)   NOT NULL REFERENCES council (gss_code),
    source          VARCHAR(10)  NOT NULL CHECK (source IN ('COUNCIL', 'NATIONAL')),
    submitted_by    VARCHAR(200) NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    value_count     INTEGER      NOT NULL
);
CREATE INDEX data_return_council ON data_return (council_code, id DESC);

-- Every value ever submitted. A later value for the same council, metric and period is its next revision.
CREATE TABLE data_value (
    id              BIGSERIAL      PRIMARY KEY,
    data_return_id  BIGINT         NOT NULL REFERENCES data_return (id),
    council_code    VARCHAR(9)     NOT NULL,
    metric_id       VARCHAR(80)    NOT NULL REFERENCES metric (id),
    period          VARCHAR(12)    NOT NULL,
    revision        INTEGER        NOT NULL,
    value           NUMERIC(20, 4) NOT NULL,
    status          VARCHAR(12)    NOT NULL CHECK (status IN ('PROVISIONAL', 'FINAL')),
    note            VARCHAR(1000),
    UNIQUE (council_code, metric_id, period, revision)
);
CREATE INDEX data_value_return ON data_value (data_return_id);

-- The published (latest public) revision of each council, metric and period: what everyone reads.
-- change_seq grows with every publication, so benchmarking clubs can follow changes with a cursor.
CREATE SEQUENCE published_value_change_seq;
CREATE TABLE published_value (
    metric_id       VARCHAR(80)    NOT NULL,
    period          VARCHAR(12)    NOT NULL,
    council_code    VARCHAR(9)     NOT NULL,
    value           NUMERIC(20, 4) NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    note            VARCHAR(1000),
    revision        INTEGER        NOT NULL,
    data_value_id   BIGINT         NOT NULL REFERENCES data_value (id),
    published_at    TIMESTAMPTZ    NOT NULL,
    change_seq      BIGINT         NOT NULL,
    PRIMARY KEY (metric_id, period, council_code)
);
CREATE UNIQUE INDEX published_value_change ON published_value (change_seq);
CREATE INDEX published_value_council ON published_value (council_code, metric_id, period);
