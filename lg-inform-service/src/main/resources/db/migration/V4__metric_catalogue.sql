-- The full metric catalogue: descriptions and quality notes for the V2 metrics, then the rest of the core set.
-- Families: cost efficiency and productivity, outcome and achievement, citizen satisfaction, and contextual data.
-- A drill-down metric (parent_id) always follows its parent in this file.

-- Existing V2 metrics: add descriptions and quality notes, all other values unchanged
UPDATE metric SET
    description  = 'Total usable revenue and capital reserves held at 31 March, earmarked and unallocated together.',
    quality_note = 'Earmarked reserves are largely committed, so a high total does not mean money is free to spend; schools'' balances and public health reserves are included where the council reports them.'
WHERE id = 'usable-reserves';

UPDATE metric SET
    description  = 'Usable reserves at 31 March as a percentage of the year''s net revenue expenditure.',
    quality_note = 'Widely used as a financial resilience indicator; small district councils can show very high percentages because their net revenue expenditure is small.'
WHERE id = 'reserves-share-of-nre';

UPDATE metric SET
    description  = 'Net revenue expenditure budgeted for the year, after specific grants and fees and charges and before use of reserves.',
    quality_note = 'Budget figures from the Revenue account (RA) return are revised by outturn; counties and districts deliver different services, so compare like with like.'
WHERE id = 'net-revenue-expenditure';

UPDATE metric SET
    description  = 'The amount the council needs to raise from council tax for its own spending, excluding parish precepts.',
    quality_note = 'Set each February or March for the coming year; it excludes amounts raised for major preceptors such as fire and police.'
WHERE id = 'council-tax-requirement';

UPDATE metric SET
    description  = 'External borrowing outstanding at 31 March, including PWLB and market loans.',
    quality_note = 'Debt taken on to fund commercial investment or regeneration is included alongside borrowing for operational assets; read alongside the debt-to-NRE ratio.'
WHERE id = 'external-debt';

UPDATE metric SET
    description  = 'Outturn overspend (positive) or underspend (negative) against the revised revenue budget, as a percentage of that budget.',
    quality_note = 'Reported by councils in their own return rather than a statutory collection, so the treatment of transfers to and from reserves can vary.'
WHERE id = 'overspend-against-budget';

UPDATE metric SET
    description  = 'Percentage of household waste collected that was sent for reuse, recycling or composting.',
    quality_note = 'Former National Indicator NI 192; county councils as disposal authorities and districts as collection authorities report different shares of the same waste stream.'
WHERE id = 'household-waste-recycled';

UPDATE metric SET
    description  = 'Percentage of residents very or fairly satisfied with the way the council runs things.',
    quality_note = 'Uses the LGA''s standard question wording so that local surveys can be compared with the national polling; sample sizes and survey methods vary between councils.'
WHERE id = 'residents-satisfied';

UPDATE metric SET
    description  = 'Estimated usual resident population at 30 June.',
    quality_note = 'Mid-year estimates are rebased after each census, so earlier years may be revised.'
WHERE id = 'population';

UPDATE metric SET
    description  = 'Population-weighted average of the Index of Multiple Deprivation scores of the council''s neighbourhoods (LSOAs); higher scores mean more deprivation.',
    quality_note = 'The English indices are published every few years (2015, 2019, 2025), so the value changes only with a new release; scores are relative and rank areas rather than measure absolute deprivation.'
WHERE id = 'imd-average-score';

-- Cost efficiency and productivity
INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('usable-reserves-change', 'Change in usable reserves', 'Change in usable reserves between 31 March of the previous year and 31 March of this year.', 'COST_EFFICIENCY', 'GBP_THOUSANDS', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Negative when reserves are drawn down; a planned drawdown to fund one-off projects is not necessarily a warning sign.', 'usable-reserves', -100000000, 100000000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('social-care-ratio', 'Social care spend as a share of net revenue expenditure', 'Adult and children''s social care net spend as a percentage of net revenue expenditure.', 'COST_EFFICIENCY', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Only meaningful for social care authorities (counties, unitaries, metropolitan and London boroughs); shire districts report no social care spend.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('council-tax-share-of-nre', 'Council tax requirement as a share of net revenue expenditure', 'Council tax requirement as a percentage of net revenue expenditure, showing how far the council depends on its own tax base.', 'COST_EFFICIENCY', 'PERCENTAGE', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Council tax requirement (CTR)', 'Can exceed 100 where a council budgets to add to its reserves, hence the upper bound of 150.', NULL, 0, 150, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('debt-to-nre-ratio', 'External debt to net revenue expenditure ratio', 'External debt at 31 March divided by net revenue expenditure for the year.', 'COST_EFFICIENCY', 'RATIO', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Borrowing and investment (CPR)', 'A few district councils that borrowed heavily for commercial property have ratios above 50, hence the generous upper bound.', NULL, 0, 500, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('spend-per-head', 'Net revenue expenditure per head', 'Net revenue expenditure divided by the resident population.', 'COST_EFFICIENCY', 'GBP_PER_HEAD', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Uses the ONS mid-year population estimate for the start of the financial year; spend per head is several times higher for upper-tier and unitary councils than for districts.', NULL, 0, 20000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('adult-social-care-spend-per-head', 'Adult social care spend per head', 'Net current expenditure on adult social care divided by the resident population.', 'COST_EFFICIENCY', 'GBP_PER_HEAD', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Reported by social care authorities only; the Better Care Fund and NHS contributions affect net figures.', 'spend-per-head', 0, 10000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('childrens-social-care-spend-per-head', 'Children''s social care spend per head', 'Net expenditure on children''s social care divided by the resident population.', 'COST_EFFICIENCY', 'GBP_PER_HEAD', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'DfE section 251 outturn', 'Reported by social care authorities only; per head of total population rather than per child, so areas with young populations look more expensive.', 'spend-per-head', 0, 10000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('council-tax-collection-rate', 'Council tax collected in year', 'Percentage of council tax due for the year that was collected by 31 March.', 'COST_EFFICIENCY', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Council tax collection rates (QRC4)', 'In-year collection only; arrears collected in later years are not counted. Reported by billing authorities.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('business-rates-collection-rate', 'Business rates collected in year', 'Percentage of non-domestic rates due for the year that was collected by 31 March.', 'COST_EFFICIENCY', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Non-domestic rates collection rates (QRC4)', 'In-year collection only; reported by billing authorities. Rates reliefs granted late in the year can distort the figure.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('band-d-council-tax', 'Band D council tax', 'The council''s own Band D council tax for the year, excluding parish and major preceptor amounts.', 'COST_EFFICIENCY', 'GBP', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Council tax levels set by local authorities in England', 'Increases are limited by the council tax referendum principles; the adult social care precept is included for social care authorities.', NULL, 0, 10000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('interest-payable-share-of-nre', 'Interest payable as a share of net revenue expenditure', 'Interest payable on external borrowing as a percentage of net revenue expenditure.', 'COST_EFFICIENCY', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Does not net off investment income, so councils holding commercial property may show high figures that are partly covered by rental income.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('waste-collection-cost-per-household', 'Net cost of household waste collection per household', 'Net current expenditure on household waste collection divided by the number of dwellings.', 'COST_EFFICIENCY', 'GBP', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Revenue outturn (RO)', 'Collection authorities only (districts, unitaries, metropolitan and London boroughs); county councils are disposal authorities and report no collection costs.', NULL, 0, 1000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('housing-benefit-new-claim-days', 'Time to process new Housing Benefit claims', 'Average number of calendar days taken to process a new Housing Benefit claim.', 'COST_EFFICIENCY', 'DAYS', 'LOW_IS_GOOD', 'QUARTER', 'DWP Housing Benefit speed of processing statistics', 'Caseloads are falling as working-age claimants move to Universal Credit, so quarterly averages for small councils can be volatile.', NULL, 0, 365, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('sickness-absence-days', 'Working days lost to sickness absence', 'Average number of working days lost to sickness absence per full-time equivalent employee.', 'COST_EFFICIENCY', 'DAYS', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'LGA workforce survey', 'Excludes school-based staff; councils that outsource frontline services have smaller, office-based workforces.', NULL, 0, 100, FALSE);

-- Outcome and achievement
INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('household-waste-landfilled', 'Household waste sent to landfill', 'Percentage of household waste collected that was sent to landfill.', 'OUTCOME', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'WasteDataFlow', 'Depends largely on the disposal authority''s contracts, for example access to energy-from-waste capacity, rather than on the collection authority.', 'household-waste-recycled', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('household-waste-recycled-quarter', 'Household waste recycled in the quarter', 'Percentage of household waste collected in the quarter that was sent for reuse, recycling or composting.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'QUARTER', 'WasteDataFlow', 'Quarterly figures are provisional and seasonal: garden waste lifts rates in the summer quarters.', 'household-waste-recycled', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('major-planning-applications-in-time', 'Major planning applications decided in time', 'Percentage of major planning applications decided within 13 weeks or an agreed extended period.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'QUARTER', 'DLUHC planning application statistics', 'Includes decisions made within agreed extensions of time and planning performance agreements; small numbers of major applications make quarterly rates volatile.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('non-major-planning-applications-in-time', 'Non-major planning applications decided in time', 'Percentage of minor and other planning applications decided within 8 weeks or an agreed extended period.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'QUARTER', 'DLUHC planning application statistics', 'Includes decisions made within agreed extensions of time.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('households-in-temporary-accommodation', 'Households in temporary accommodation', 'Households in temporary accommodation at the end of the quarter per 1,000 households.', 'OUTCOME', 'RATE_PER_1000', 'LOW_IS_GOOD', 'QUARTER', 'Homelessness statistics (H-CLIC)', 'A snapshot at the end of the quarter; London boroughs also place households outside their own area, and those placements count against the placing council.', NULL, 0, 1000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('homelessness-prevention-successful', 'Homelessness prevention duties ended with accommodation secured', 'Percentage of homelessness prevention duties ended in the quarter where the household secured accommodation for at least six months.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'QUARTER', 'Homelessness statistics (H-CLIC)', 'Some councils'' H-CLIC returns are incomplete in some quarters and are then shown as estimates or left out.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('children-looked-after-rate', 'Children looked after', 'Children looked after at 31 March per 10,000 children aged under 18.', 'OUTCOME', 'RATE_PER_10000', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'DfE children looked after', 'Neither a high nor a low rate is good in itself: it reflects need and local practice. Includes unaccompanied asylum-seeking children.', NULL, 0, 10000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('looked-after-children-three-placements', 'Children looked after with three or more placements', 'Percentage of children looked after at 31 March who had three or more placements during the year.', 'OUTCOME', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'DfE children looked after', 'A measure of placement stability, formerly National Indicator NI 62; figures are suppressed where numbers are very small.', 'children-looked-after-rate', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('care-leavers-in-education-employment-training', 'Care leavers in education, employment or training', 'Percentage of care leavers aged 19 to 21 who are in education, employment or training.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'DfE children looked after', 'Measured around the young person''s birthday; councils not in touch with a care leaver count them as not known rather than not in education, employment or training.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('older-people-home-91-days-after-discharge', 'Older people still at home 91 days after discharge into reablement', 'Percentage of people aged 65 and over still at home 91 days after discharge from hospital into reablement or rehabilitation services.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'Based on discharges between October and December only, followed up 91 days later; councils offering reablement to few people can score highly.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('care-home-admissions-65-plus', 'Permanent admissions of older people to care homes', 'Permanent admissions of people aged 65 and over to residential and nursing care homes per 100,000 population aged 65 and over.', 'OUTCOME', 'RATE_PER_100000', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'Counts council-funded admissions only; self-funders entering care homes are not included.', NULL, 0, 100000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('learning-disability-adults-in-employment', 'Adults with a learning disability in paid employment', 'Percentage of adults aged 18 to 64 with a learning disability receiving long-term support who are in paid employment.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'Employment status is often not recorded, which lowers the rate for councils with poor recording.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('adult-social-care-quality-of-life', 'Social care-related quality of life', 'Average social care-related quality of life score reported by adults receiving long-term support, on a scale of 0 to 24.', 'OUTCOME', 'SCORE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'From the annual Adult Social Care Survey; survey results carry confidence intervals, so small differences between councils may not be significant.', NULL, 0, 24, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('attainment-8-score', 'Average Attainment 8 score', 'Average Attainment 8 score of pupils at the end of key stage 4 in state-funded schools.', 'OUTCOME', 'SCORE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'DfE key stage 4 performance', 'Academic years are recorded as the matching financial-year period (2023/24 for the 2023 to 2024 academic year); grading changes in 2020 and 2021 affect comparisons over time.', NULL, 0, 90, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('ehc-plans-issued-within-20-weeks', 'New education, health and care plans issued within 20 weeks', 'Percentage of new education, health and care plans issued within 20 weeks, excluding exception cases.', 'OUTCOME', 'PERCENTAGE', 'HIGH_IS_GOOD', 'CALENDAR_YEAR', 'DfE education, health and care plans (SEN2)', 'SEN2 reports plans issued in the calendar year; timeliness has fallen sharply nationally as requests for assessment have risen.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('fly-tipping-incidents', 'Fly-tipping incidents', 'Fly-tipping incidents dealt with by the council per 1,000 population.', 'OUTCOME', 'RATE_PER_1000', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Defra fly-tipping statistics', 'Reported through WasteDataFlow; councils that make reporting easy record more incidents, so a high rate can reflect better recording rather than more fly-tipping.', NULL, 0, 1000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('ni-195-street-cleanliness', 'NI 195: Improved street and environmental cleanliness', 'Percentage of relevant land and highways assessed as having unacceptable levels of litter.', 'OUTCOME', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'National Indicator Set (NI 195)', 'Discontinued: withdrawn in 2011 with the National Indicator Set; values up to 2010/11 are kept for historical comparison and no new data is collected.', NULL, 0, 100, TRUE);

-- Citizen satisfaction
INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('local-area-satisfaction', 'Residents satisfied with their local area', 'Percentage of residents very or fairly satisfied with their local area as a place to live.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Uses the LGA''s standard question wording; results from local surveys with small samples carry wide margins of error.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('council-value-for-money', 'Residents who agree the council provides value for money', 'Percentage of residents who strongly or tend to agree that the council provides value for money.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Tends to fall in years with large council tax increases.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('trust-in-council', 'Residents who trust the council', 'Percentage of residents who trust the council a great deal or a fair amount.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Uses the LGA''s standard question wording.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('council-acts-on-concerns', 'Residents who feel the council acts on their concerns', 'Percentage of residents who think the council acts on the concerns of local residents a great deal or a fair amount.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Uses the LGA''s standard question wording.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('residents-kept-informed', 'Residents who feel well informed', 'Percentage of residents who feel very or fairly well informed about the services and benefits the council provides.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Uses the LGA''s standard question wording.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('waste-collection-satisfaction', 'Residents satisfied with waste collection', 'Percentage of residents very or fairly satisfied with waste collection.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Asked of all residents, not only users; in two-tier areas the district council collects waste.', 'residents-satisfied', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('street-cleaning-satisfaction', 'Residents satisfied with street cleaning', 'Percentage of residents very or fairly satisfied with street cleaning.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'In two-tier areas street cleaning is a district council service.', 'residents-satisfied', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('parks-satisfaction', 'Residents satisfied with parks and green spaces', 'Percentage of residents very or fairly satisfied with parks and green spaces.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'LGA resident satisfaction survey', 'Parks may be run by town and parish councils or trusts as well as by the council.', 'residents-satisfied', 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('highways-maintenance-satisfaction', 'Satisfaction with highway maintenance', 'Public satisfaction score for the condition and maintenance of highways, from 0 to 100.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'CALENDAR_YEAR', 'NHT Public Satisfaction Survey', 'Available only for highway authorities that take part in the National Highways and Transport survey in that year.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('adult-social-care-users-satisfied', 'Adult social care users satisfied with their care and support', 'Percentage of adults receiving long-term support who are extremely or very satisfied with their care and support.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'From the annual Adult Social Care Survey; results carry confidence intervals.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('carers-satisfied', 'Carers satisfied with social services', 'Percentage of carers who are extremely or very satisfied with the support or services they and the person they care for received.', 'SATISFACTION', 'PERCENTAGE', 'HIGH_IS_GOOD', 'FINANCIAL_YEAR', 'Adult Social Care Outcomes Framework (ASCOF)', 'From the Survey of Adult Carers in England, which runs every other year, so there are gaps between values.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('ombudsman-complaints-upheld', 'Ombudsman complaints upheld', 'Percentage of the Local Government and Social Care Ombudsman''s detailed investigations about the council that were upheld.', 'SATISFACTION', 'PERCENTAGE', 'LOW_IS_GOOD', 'FINANCIAL_YEAR', 'Local Government and Social Care Ombudsman annual review', 'Based on small numbers of investigations for most councils, so the percentage can swing from year to year.', NULL, 0, 100, FALSE);

-- Contextual data: demographic and socio-economic, used for nearest-neighbour comparison
INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('population-density', 'Population density', 'Resident population per square kilometre.', 'CONTEXTUAL', 'COUNT', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS mid-year population estimates', 'Recorded as people per square kilometre; the area used is land area to mean high water.', NULL, 0, 50000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('population-aged-65-plus', 'Population aged 65 and over', 'Percentage of the resident population aged 65 and over.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS mid-year population estimates', NULL, NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('population-aged-under-18', 'Population aged under 18', 'Percentage of the resident population aged under 18.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS mid-year population estimates', NULL, NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('median-household-income', 'Median household income', 'Median total annual household income across the council''s neighbourhoods (MSOAs).', 'CONTEXTUAL', 'GBP', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS income estimates for small areas', 'Modelled estimates published every few years for the financial year ending in the recorded calendar year; the council figure is the median of its MSOA estimates rather than a survey median of households.', NULL, 0, 500000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('unemployment-rate', 'Unemployment rate', 'Model-based unemployment as a percentage of the economically active population aged 16 and over.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS Annual Population Survey', 'For January to December of the recorded year; survey-based, so small councils have wide confidence intervals.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('ethnic-minority-population', 'Ethnic minority population', 'Percentage of residents from ethnic groups other than White British.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'Census 2021 (ONS)', 'Census data is updated only every ten years; the most recent value is for 2021.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('households-in-social-housing', 'Households in social rented housing', 'Percentage of households renting from a council or housing association.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'Census 2021 (ONS)', 'Census data is updated only every ten years; the most recent value is for 2021.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('rurality', 'Population living in rural areas', 'Percentage of the resident population living in output areas classed as rural.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS rural-urban classification', 'Based on the census output area classification, so it changes only when the classification is updated after a census.', NULL, 0, 100, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('tax-base-band-d-equivalents', 'Council tax base', 'Number of Band D equivalent dwellings used to set council tax, after discounts, exemptions and council tax support.', 'CONTEXTUAL', 'COUNT', 'NOT_APPLICABLE', 'FINANCIAL_YEAR', 'Council tax base (CTB)', 'Local council tax support schemes reduce the tax base, so councils with more generous schemes show a smaller base.', NULL, 0, 2000000, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('life-expectancy-at-birth', 'Life expectancy at birth', 'Life expectancy at birth, the simple average of the male and female figures.', 'CONTEXTUAL', 'YEARS', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'ONS life expectancy for local areas', 'ONS publishes male and female figures separately as three-year averages; the value is recorded against the last year of the three.', NULL, 0, 120, FALSE);

INSERT INTO metric (id, title, description, family, unit, polarity, period_type, source, quality_note, parent_id, min_value, max_value, discontinued) VALUES
('people-on-universal-credit', 'People on Universal Credit', 'People on Universal Credit in December as a percentage of residents aged 16 to 64.', 'CONTEXTUAL', 'PERCENTAGE', 'NOT_APPLICABLE', 'CALENDAR_YEAR', 'DWP benefit statistics', 'Rises over time as legacy benefits move to Universal Credit, so trends reflect the move as well as need.', NULL, 0, 100, FALSE);
