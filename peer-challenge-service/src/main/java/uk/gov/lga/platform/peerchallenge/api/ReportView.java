package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PublishedReport;

import java.time.LocalDate;
import java.util.List;

/** A published report, open to anyone. */
@Schema(description = "A published peer challenge report, open to anyone: who, when, the summary and the findings per element.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(long challengeId, String title, String summary, String url, LocalDate publishedOn,
                         ChallengeKind kind, ChallengeShape shape, String topic, List<HostView> hosts,
                         List<String> partners, LocalDate firstOnSiteDay, LocalDate lastOnSiteDay,
                         List<FindingsView.ElementView> findings) {

    static ReportView of(PublishedReport r) {
        return new ReportView(r.challengeId(), r.title(), r.summary(), r.url(), r.publishedOn(), r.kind(), r.shape(),
                r.topic(), HostView.of(r.hosts()), r.partners(), r.firstOnSiteDay(), r.lastOnSiteDay(),
                r.findings().stream().map(FindingsView.ElementView::of).toList());
    }
}
