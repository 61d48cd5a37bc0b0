package uk.gov.lga.platform.lginform.domain.values;

/** Whether a council may still revise a value (provisional) or considers it settled (final). */
public enum ValueStatus { PROVISIONAL, FINAL }
