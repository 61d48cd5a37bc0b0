package uk.gov.lga.platform.lginform.domain;

import jakarta.validation.groups.Default;

/**
 * Validation group for constraints that hold only when something is created (an id or owner that a
 * later replacement takes from the path). Extends Default, so creating also checks every other constraint.
 */
public interface OnCreate extends Default {
}
