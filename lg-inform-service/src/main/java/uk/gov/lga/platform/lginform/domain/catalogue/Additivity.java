package uk.gov.lga.platform.lginform.domain.catalogue;

/**
 * Whether a metric's values may be added up across councils, so a successor's series can continue as the sum of its
 * predecessors' values (README, "Series across a reorganisation"). Declared in the catalogue; rates never add.
 */
public enum Additivity {
    /** Rates, shares, averages, prices, densities, scores: never summed. */
    NONE,
    /**
     * People or places in an area (population, the council tax base): a county and its districts count the same
     * people, so a sum takes one layer, the districts and unitaries or else the counties, never both.
     */
    AREA_COUNT,
    /** What each council itself holds, spends or raises (reserves, net revenue expenditure): every predecessor adds. */
    COUNCIL_TOTAL;

    public boolean adds() {
        return this != NONE;
    }
}
