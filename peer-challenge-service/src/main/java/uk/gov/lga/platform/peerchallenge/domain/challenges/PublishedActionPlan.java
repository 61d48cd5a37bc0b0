package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.util.List;

/** A published action plan: the hosts' answer to every recommendation. */
public record PublishedActionPlan(long challengeId, List<HostRef> hosts, String summary, String url,
                                  LocalDate publishedOn, List<Item> actions) {

    public record Item(int number, int recommendation, String recommendationText, String action, String owner,
                       LocalDate dueOn) {
    }
}
