package uk.gov.lga.platform.lginform.domain;

/** Whether a council may still revise a value (provisional) or considers it settled (final). */
public enum ValueStatus { PROVISIONAL, FINAL }
