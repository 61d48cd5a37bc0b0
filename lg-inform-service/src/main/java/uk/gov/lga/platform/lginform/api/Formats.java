package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;

/**
 * The forms of the strings this API reads and writes, said once for the document's schemas (constants, so
 * annotations can use them). Bean Validation and the domain check the same forms on input.
 */
final class Formats {

    static final String GSS_CODE = "^" + GssCode.PATTERN + "$";
    static final int GSS_CODE_LENGTH = 9;
    static final String METRIC_ID = "^" + MetricId.PATTERN + "$";
    static final int METRIC_ID_LENGTH = 80;
    /** A financial year (2024/25), a quarter of one (2024/25 Q1) or a calendar year (2024). */
    static final String PERIOD = "^\\d{4}(/\\d{2})?( Q[1-4])?$";
    static final int PERIOD_LENGTH = 10;
    /** all-england, type:NMD, region:London, county:E10000007, nearest-neighbours:E08000035, custom:12. */
    static final String GROUP_ID = "^(all-england|type:[A-Z]{2,3}|region:[A-Za-z ]{1,60}|county:" + GssCode.PATTERN
            + "|nearest-neighbours:" + GssCode.PATTERN + "|custom:\\d{1,18})$";
    static final int GROUP_ID_LENGTH = 120;
    /** An enum's name as sent (kind, status, source): new names may come, so clients read them as strings. */
    static final String UPPER_NAME = "^[A-Z][A-Z_]{0,39}$";
    static final int UPPER_NAME_LENGTH = 40;
    /** A council's three-letter register code, or a type code (NMD, UA, MD, LBO, CTY...). */
    static final String SHORT_CODE = "^[A-Z]{2,4}$";
    /** A Keycloak user name or client id, as the token names the caller. */
    static final String CALLER_NAME = "^[A-Za-z0-9][A-Za-z0-9._@+-]{0,254}$";
    static final int CALLER_NAME_LENGTH = 255;
    /** Names of councils, groups, metrics and dashboards: prose for a person, bounded by their columns. */
    static final int NAME_LENGTH = 200;
    /** A value's note or a metric's description: prose, bounded by what a request may send. */
    static final int NOTE_LENGTH = 1000;
    static final int TEXT_LENGTH = 4000;
    /** A Location header: an absolute URI of this service (through the gateway), well within the request target limit. */
    static final int URI_LENGTH = 2048;
    /** A nullable date or instant is documented by pattern: smallrye drops the format beside null. */
    static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
    static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";
    static final String MAX_INT = "2147483647";
    static final String MAX_LONG = "9223372036854775807";

    private static final String PERIOD_ASKED = "(latest(:\\d{1,2})?|\\d{4}(/\\d{2})?( Q[1-4])?)";

    private Formats() {
    }

    /** One item of a repeatable metric parameter: a metric id, or several comma-separated. */
    @Schema(name = "MetricIds", type = SchemaType.STRING, description = "A metric id, or several comma-separated.",
            pattern = "^[a-z0-9-]{2,80}(,[a-z0-9-]{2,80})*$", maxLength = 4096, examples = "usable-reserves")
    static final class MetricIds {
    }

    /** One item of a repeatable period parameter: periods, latest or latest:N, comma-separated. */
    @Schema(name = "PeriodsAsked", type = SchemaType.STRING, description = "A period (2024/25, 2024/25 Q1, 2024), "
            + "latest, or latest:N (the N newest periods of each metric); several comma-separated.",
            pattern = "^" + PERIOD_ASKED + "(," + PERIOD_ASKED + ")*$", maxLength = 1024, examples = "latest:3")
    static final class PeriodsAsked {
    }

    /** An item of a list of GSS codes. */
    @Schema(name = "GssCode", type = SchemaType.STRING, description = "A council's GSS code.", pattern = GSS_CODE,
            maxLength = GSS_CODE_LENGTH, examples = "E08000035")
    static final class GssCodeItem {
    }

    /** An item of a list of benchmarking clubs. */
    @Schema(name = "ClientId", type = SchemaType.STRING, description = "A benchmarking club's client id.",
            pattern = "^" + CustomGroupRequest.CLIENT_ID + "$", maxLength = 100, examples = "benchmarking-club-demo")
    static final class ClientIdItem {
    }
}
