-- The councils register, loaded from reference/councils.csv (mySociety, CC-BY-4.0) at start-up.
CREATE TABLE council (
    gss_code           VARCHAR(9)   PRIMARY KEY,
    code               VARCHAR(3)   NOT NULL UNIQUE,
    name               VARCHAR(120) NOT NULL,
    official_name      VARCHAR(200) NOT NULL,
    nation             VARCHAR(40)  NOT NULL,
    region             VARCHAR(60)  NOT NULL,
    type               VARCHAR(3)   NOT NULL,
    type_name          VARCHAR(60)  NOT NULL,
    tier               VARCHAR(20)  NOT NULL,
    county_code        VARCHAR(3),
    combined_authority VARCHAR(10),
    population         INTEGER,
    area_km2           NUMERIC(10, 1),
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION
);
CREATE INDEX council_nation_region_type ON council (nation, region, type);
