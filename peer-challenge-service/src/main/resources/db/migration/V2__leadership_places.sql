-- The subsidised leadership-programme place a council takes up in a financial year: one per council per
-- year, so the pair is unique.
CREATE TABLE leadership_place (
    id             BIGSERIAL    PRIMARY KEY,
    council_code   VARCHAR(9)   NOT NULL CHECK (council_code ~ '^[ENSW][0-9]{8}$'),
    financial_year VARCHAR(7)   NOT NULL CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
    delegate_name  VARCHAR(200) NOT NULL,
    UNIQUE (council_code, financial_year)
);
