-- A council's submission of values for one period. Each later return for the same period is a new
-- revision; the latest revision of a metric+period is the published value.
CREATE TABLE data_return (
    id              BIGSERIAL    PRIMARY KEY,
    council_code    VARCHAR(9)   NOT NULL REFERENCES council (gss_code),
    period          VARCHAR(10)  NOT NULL,
    revision        INTEGER      NOT NULL,
    submitted_by    VARCHAR(200) NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (council_code, period, revision)
);

CREATE TABLE data_value (
    id              BIGSERIAL      PRIMARY KEY,
    data_return_id  BIGINT         NOT NULL REFERENCES data_return (id),
    council_code    VARCHAR(9)     NOT NULL,
    metric_id       VARCHAR(80)    NOT NULL REFERENCES metric (id),
    period          VARCHAR(10)    NOT NULL,
    value           NUMERIC(20, 4) NOT NULL
);
CREATE INDEX data_value_lookup ON data_value (metric_id, period, council_code);
CREATE INDEX data_value_return ON data_value (data_return_id);
