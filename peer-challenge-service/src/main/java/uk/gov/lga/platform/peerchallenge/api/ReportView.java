package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PublishedReport;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A published report, open to anyone. */
@Schema(description = "A published peer challenge report, open to anyone: who, when, the summary and the findings per element.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
        @Schema(required = true, maxLength = 300, pattern = NOT_BLANK, examples = "Corporate peer challenge: Leeds City Council")
        String title,
        @Schema(required = true, maxLength = SUMMARY, pattern = NOT_BLANK,
                examples = "Leeds is an ambitious council that knows itself well.") String summary,
        @Schema(maxLength = URL, pattern = URL_PATTERN, examples = "https://www.local.gov.uk/peer-challenges/leeds-2026.pdf")
        String url,
        @Schema(required = true, examples = "2026-12-01") LocalDate publishedOn,
        ChallengeKind kind,
        ChallengeShape shape,
        @Schema(description = "SUBJECT_SPECIFIC: its catalogue topic", maxLength = TOPIC, pattern = NOT_BLANK,
                examples = "Planning") String topic,
        @Schema(description = "The hosts, the lead first", maxItems = HOSTS) List<HostView> hosts,
        @Schema(description = "WITH_PARTNERS: the public-sector partners", maxItems = 10,
                examples = "[\"West Yorkshire Police\"]")
        List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> partners,
        LocalDate firstOnSiteDay,
        LocalDate lastOnSiteDay,
        @Schema(description = "One per element, in the kind's order", maxItems = 20) List<FindingsView.ElementView> findings) {

    static ReportView of(PublishedReport r) {
        return new ReportView(r.challengeId(), r.title(), r.summary(), r.url(), r.publishedOn(), r.kind(), r.shape(),
                r.topic(), HostView.of(r.hosts()), r.partners(), r.firstOnSiteDay(), r.lastOnSiteDay(),
                r.findings().stream().map(FindingsView.ElementView::of).toList());
    }
}
