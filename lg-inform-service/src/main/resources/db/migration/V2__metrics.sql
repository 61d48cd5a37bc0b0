-- The metric catalogue: what a data return may report.
CREATE TABLE metric (
    id            VARCHAR(80)  PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    description   TEXT,
    family        VARCHAR(30)  NOT NULL CHECK (family IN ('COST_EFFICIENCY', 'OUTCOME', 'SATISFACTION', 'CONTEXTUAL')),
    unit          VARCHAR(30)  NOT NULL,
    polarity      VARCHAR(20)  NOT NULL CHECK (polarity IN ('HIGH_IS_GOOD', 'LOW_IS_GOOD', 'NOT_APPLICABLE')),
    period_type   VARCHAR(20)  NOT NULL CHECK (period_type IN ('FINANCIAL_YEAR', 'QUARTER', 'CALENDAR_YEAR')),
    source        VARCHAR(200),
    quality_note  TEXT,
    parent_id     VARCHAR(80)  REFERENCES metric (id),
    min_value     NUMERIC(20, 4),
    max_value     NUMERIC(20, 4),
    discontinued  BOOLEAN      NOT NULL DEFAULT FALSE
);

INSERT INTO metric (id, title, family, unit, polarity, period_type, source, min_value, max_value) VALUES
('usable-reserves', 'Usable reserves', 'COST_EFFICIENCY', 'GBP_THOUSANDS', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', -10000000, 100000000),
('reserves-share-of-nre', 'Usable reserves as a share of net revenue expenditure', 'COST_EFFICIENCY', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', -100, 1000),
('net-revenue-expenditure', 'Net revenue expenditure', 'COST_EFFICIENCY', 'GBP_THOUSANDS', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Revenue account budget (RA)', 0, 100000000),
('council-tax-requirement', 'Council tax requirement', 'COST_EFFICIENCY', 'GBP_THOUSANDS', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Council tax requirement (CTR)', 0, 100000000),
('external-debt', 'External debt', 'COST_EFFICIENCY', 'GBP_THOUSANDS', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Borrowing and investment (CPR)', 0, 100000000),
('overspend-against-budget', 'Overspend against budget', 'COST_EFFICIENCY', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Council return', -100, 100),
('household-waste-recycled', 'Household waste sent for reuse, recycling or composting', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'WasteDataFlow', 0, 100),
('residents-satisfied', 'Residents satisfied with how the council runs things', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 0, 100),
('population', 'Resident population', 'CONTEXTUAL', 'COUNT', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS mid-year estimates', 0, 20000000),
('imd-average-score', 'Index of multiple deprivation: average score', 'CONTEXTUAL', 'SCORE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'English indices of deprivation', 0, 100);
