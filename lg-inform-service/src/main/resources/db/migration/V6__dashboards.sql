-- Dashboards: a named set of metrics for one council, kept by its officers, private unless public.
CREATE TABLE dashboard (
    id                BIGSERIAL    PRIMARY KEY,
    council_code      VARCHAR(9)   NOT NULL REFERENCES council (gss_code),
    name              VARCHAR(120) NOT NULL,
    is_public         BOOLEAN      NOT NULL,
    comparison_group  VARCHAR(120) NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dashboard_council ON dashboard (council_code, id);

-- A dashboard's metrics in the order it shows them.
CREATE TABLE dashboard_metric (
    dashboard_id  BIGINT      NOT NULL REFERENCES dashboard (id) ON DELETE CASCADE,
    ordinal       INTEGER     NOT NULL,
    metric_id     VARCHAR(80) NOT NULL REFERENCES metric (id),
    PRIMARY KEY (dashboard_id, ordinal)
);

-- The catalogue API (issue 3) reads and writes a metric's unit as an enum (MetricUnit); the database
-- holds it to the same list, as it already does family, polarity and period type.
ALTER TABLE metric ADD CONSTRAINT metric_unit_check CHECK (unit IN ('PERCENTAGE', 'COUNT', 'GBP', 'GBP_THOUSANDS',
    'GBP_PER_HEAD', 'DAYS', 'RATE_PER_1000', 'RATE_PER_10000', 'RATE_PER_100000', 'SCORE', 'RATIO', 'YEARS'));
