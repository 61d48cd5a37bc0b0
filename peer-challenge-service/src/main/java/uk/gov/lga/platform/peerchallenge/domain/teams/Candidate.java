package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What matching knows of one peer of the bank for one challenge, read by the one candidates query
 * ({@code PeerRepository.candidatesFor}): who they are, where from, their expertise tags, accreditation, the
 * unavailable dates and other teams' visits that fall in the challenge's visit window, and their days and feedback.
 *
 * @param homeOrganisation    GSS code; null for an expert from outside local government
 * @param homeRegion          the home organisation's region; null when it has none or the peer has no home
 * @param unavailable         unavailable ranges overlapping the window from the first to the last visit day
 * @param otherTeams          visits, overlapping that window, of other challenges whose team they are invited to or on
 * @param daysCommittedInYear visit days of other challenges they are invited to or on, in the financial year of the first visit day
 * @param daysGivenRecently   visit days of accepted seats in the recent period before the first visit day
 * @param feedbackTenths      the average feedback rating in tenths (35 = 3.5); null without feedback
 */
public record Candidate(long peerId, String name, PeerKind kind, String politicalGroup, String homeOrganisation,
                        String homeRegion, Set<String> elements, Set<String> serviceAreas, Set<String> metricIds,
                        LocalDate inductedOn, LocalDate accreditationExpiresOn, List<DateRange> unavailable,
                        List<DateRange> otherTeams, int daysCommittedInYear, int daysGivenRecently,
                        Integer feedbackTenths, int feedbackCount) {

    public Candidate {
        elements = Set.copyOf(elements);
        serviceAreas = Set.copyOf(serviceAreas);
        metricIds = Set.copyOf(metricIds);
        unavailable = List.copyOf(unavailable);
        otherTeams = List.copyOf(otherTeams);
    }
}
