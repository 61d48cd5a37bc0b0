-- Comparison groups: custom groups that officers and benchmarking clubs define, and the nearest-neighbours model.
-- The built-in groups (all England, type, region, county) are derived from the council register and stored nowhere.

-- A custom group belongs to a council (made by one of its officers) or to a benchmarking club (its client id),
-- never both. It is exposed as custom:<id>.
CREATE TABLE comparison_group (
    id            BIGSERIAL    PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    owner         VARCHAR(200) NOT NULL,
    owner_council VARCHAR(9)   REFERENCES council (gss_code),
    owner_client  VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL,
    CHECK ((owner_council IS NULL) <> (owner_client IS NULL))
);
CREATE INDEX comparison_group_owner_council ON comparison_group (owner_council) WHERE owner_council IS NOT NULL;
CREATE INDEX comparison_group_owner_client ON comparison_group (owner_client) WHERE owner_client IS NOT NULL;

CREATE TABLE comparison_group_member (
    group_id     BIGINT     NOT NULL REFERENCES comparison_group (id) ON DELETE CASCADE,
    council_code VARCHAR(9) NOT NULL REFERENCES council (gss_code),
    PRIMARY KEY (group_id, council_code)
);

-- Benchmarking clubs (client ids) that may use a custom group besides its owner; early-sight data is shared by it too.
CREATE TABLE comparison_group_club (
    group_id  BIGINT       NOT NULL REFERENCES comparison_group (id) ON DELETE CASCADE,
    client_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (group_id, client_id)
);
CREATE INDEX comparison_group_club_client ON comparison_group_club (client_id);

-- The nearest-neighbours model's inputs and their weights (README, "Nearest neighbours"). A metric without a row
-- is not an input. Changing a weight takes effect at the next start, which recomputes every council's neighbours.
CREATE TABLE neighbour_weight (
    metric_id VARCHAR(80)   PRIMARY KEY REFERENCES metric (id),
    weight    NUMERIC(6, 3) NOT NULL CHECK (weight > 0)
);

-- Size, age, income, diversity, housing, settlement pattern and deprivation at full weight. Half weight where a
-- metric largely repeats another: the tax base follows population, under-18s mirror over-65s, and unemployment
-- and social housing are part of what the deprivation score already measures.
INSERT INTO neighbour_weight (metric_id, weight) VALUES
('population', 1.0),
('population-density', 1.0),
('population-aged-65-plus', 1.0),
('population-aged-under-18', 0.5),
('median-household-income', 1.0),
('unemployment-rate', 0.5),
('ethnic-minority-population', 1.0),
('households-in-social-housing', 0.5),
('rurality', 1.0),
('imd-average-score', 1.0),
('tax-base-band-d-equivalents', 0.5);

-- Each English council's nearest neighbours, recomputed whenever a weighted input is published.
-- distance is rebased so that the farthest of a council's neighbours is 1; standard_distance is the weighted
-- Euclidean distance in standard deviations before rebasing. contributions: [{"metric": ..., "share": ...}],
-- the metrics that contribute most to the squared distance, largest first.
CREATE TABLE nearest_neighbour (
    council_code      VARCHAR(9)       NOT NULL REFERENCES council (gss_code),
    rank              SMALLINT         NOT NULL CHECK (rank >= 1),
    neighbour_code    VARCHAR(9)       NOT NULL REFERENCES council (gss_code),
    distance          DOUBLE PRECISION NOT NULL,
    standard_distance DOUBLE PRECISION NOT NULL,
    contributions     JSONB            NOT NULL,
    computed_at       TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (council_code, rank),
    UNIQUE (council_code, neighbour_code)
);
