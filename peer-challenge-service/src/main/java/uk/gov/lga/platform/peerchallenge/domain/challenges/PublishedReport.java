package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.util.List;

/** A published report, as anyone may read it: what, whom and when, the summary and the findings per element. */
public record PublishedReport(long challengeId, String title, String summary, String url, LocalDate publishedOn,
                              ChallengeKind kind, ChallengeShape shape, String topic, List<HostRef> hosts,
                              List<String> partners, LocalDate firstOnSiteDay, LocalDate lastOnSiteDay,
                              List<Findings.ElementFindings> findings) {
}
