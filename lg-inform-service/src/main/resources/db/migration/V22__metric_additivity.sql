-- Whether values of a metric may be added up across councils, so that a successor's series can continue its
-- predecessors' as their sum (README, "Series across a reorganisation"). Rates, shares, averages, prices and
-- densities never are (NONE).
--   AREA_COUNT     people or places in an area: a county and its districts count the same people, so a sum
--                  takes one layer (the districts and unitaries, or else the counties), never both.
--   COUNCIL_TOTAL  money each council itself holds, spends or raises: every predecessor's own figure adds.
ALTER TABLE metric ADD COLUMN additivity VARCHAR(20) NOT NULL DEFAULT 'NONE'
    CHECK (additivity IN ('NONE', 'AREA_COUNT', 'COUNCIL_TOTAL'));

UPDATE metric SET additivity = 'AREA_COUNT' WHERE id IN ('population', 'tax-base-band-d-equivalents');
UPDATE metric SET additivity = 'COUNCIL_TOTAL' WHERE id IN ('usable-reserves', 'usable-reserves-change',
    'net-revenue-expenditure', 'council-tax-requirement', 'external-debt');
