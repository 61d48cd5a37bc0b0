package uk.gov.lga.platform.peerchallenge.api;

import uk.gov.lga.platform.support.ids.GssCode;

/**
 * The bounds the API document states, once: the lengths are the columns' that hold the values (Flyway migrations),
 * the patterns the ones the requests are checked with. Views bound the strings of their lists with Bean Validation
 * type annotations ({@code List<@Size(max = 200) String>}): the document is built from them there, where
 * {@code @Schema} cannot go; views themselves are never validated.
 */
final class SchemaBounds {

    /** An identity column (bigint). */
    static final String ID_MIN = "1";
    static final String ID_MAX = "9223372036854775807";
    /** A count or number of days (integer column). */
    static final String COUNT_MAX = "2147483647";
    /** A GSS code, or an ONS code of a fire and rescue authority. */
    static final String GSS = "^" + GssCode.PATTERN + "$";
    static final int GSS_LENGTH = 9;
    /** Text that is not blank, newlines allowed (what {@code @NotBlank} checks). */
    static final String NOT_BLANK = "^\\s*\\S[\\s\\S]*$";
    /** The message of a blank item of a list of text (as {@code @NotBlank}'s, whose document pattern is wrong). */
    static final String BLANK = "must not be blank";
    /** A user name, or system:&lt;job&gt; for the service's own jobs. */
    static final int USER = 200;
    /** A Keycloak user name as the peer bank links it (PeerRequest). */
    static final String USER_NAME = "^[A-Za-z0-9][A-Za-z0-9._@-]*$";
    /** A person's or organisation's name, a focus area, a partner, a post. */
    static final int NAME = 200;
    /** One strength, area to consider, recommendation, action, note or comment. */
    static final int LINE = 2000;
    /** A report's, action plan's or review's summary. */
    static final int SUMMARY = 20000;
    /** A web address. */
    static final int URL = 2000;
    static final String URL_PATTERN = "^https?://\\S+$";
    /** A calendar quarter such as 2026-Q3. */
    static final String QUARTER = "^[0-9]{4}-Q[1-4]$";
    static final int QUARTER_LENGTH = 7;
    /** A financial year such as 2026/27. */
    static final String FINANCIAL_YEAR = "^\\d{4}/\\d{2}$";
    static final int FINANCIAL_YEAR_LENGTH = 7;
    /** A challenge topic's name (TopicResource.NAME). */
    static final int TOPIC = 80;
    /** An enum constant such as GOVERNANCE_AND_CULTURE. */
    static final String CONSTANT = "^[A-Z]+(_[A-Z]+)*$";
    static final int CONSTANT_LENGTH = 40;
    /** A seat of a team (TeamProposalResource's seat parameter). */
    static final String SEAT_MAX = "999";
    static final int SEAT_MAX_ITEMS = 999;
    /** The hosts of one challenge (BookingRequest). */
    static final int HOSTS = 20;

    private SchemaBounds() {
    }
}
