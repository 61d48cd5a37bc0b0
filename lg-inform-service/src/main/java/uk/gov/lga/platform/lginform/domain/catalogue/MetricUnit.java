package uk.gov.lga.platform.lginform.domain.catalogue;

/** What a metric's values count or measure; every metric in the catalogue has one. */
public enum MetricUnit {
    PERCENTAGE,
    COUNT,
    GBP,
    GBP_THOUSANDS,
    GBP_PER_HEAD,
    DAYS,
    RATE_PER_1000,
    RATE_PER_10000,
    RATE_PER_100000,
    SCORE,
    RATIO,
    YEARS
}
