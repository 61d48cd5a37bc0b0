package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.MatchingRule;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalDetails;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposedSeat;
import uk.gov.lga.platform.peerchallenge.domain.teams.ScorePart;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatCheck;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamProposal;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamRule;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "A proposed team and why: each peer with the rules they met and the score's parts; for every "
        + "hard rule how many candidates it excluded (a candidate breaking several counts under each); and, when no "
        + "team fits, the team rules that could not be met.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamProposalView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "7") long id,
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
        @Schema(description = "The seat a replacement fills; absent for a whole team.", minimum = "1", maximum = SEAT_MAX,
                examples = "3") Integer seatNo,
        ProposalStatus status,
        @Schema(description = "Whether a team meeting every rule was found.") boolean fits,
        @Schema(description = "Seats to fill: the team's size for its shape, or 1 for a replacement.", minimum = "1",
                maximum = SEAT_MAX, examples = "5")
        int seatsToFill,
        @Schema(description = "The seats' scores added up.", minimum = "0", maximum = COUNT_MAX, examples = "187") int score,
        @Schema(description = "Candidates read from the bank.", minimum = "0", maximum = COUNT_MAX, examples = "1000")
        int candidatesConsidered,
        @Schema(description = "Candidates who met every hard rule.", minimum = "0", maximum = COUNT_MAX, examples = "312")
        int eligible,
        @Schema(required = true, maxLength = USER, pattern = NOT_BLANK, examples = "manager") String proposedBy,
        Instant proposedAt,
        @Schema(maxLength = USER, pattern = NOT_BLANK, examples = "manager") String confirmedBy,
        Instant confirmedAt,
        @Schema(description = "Empty when no team fits.", maxItems = 999) List<Seat> seats,
        @Schema(description = "One per hard rule", maxItems = 50) List<Exclusion> exclusions,
        @Schema(description = "The team rules no team could meet; empty when it fits.", maxItems = 50)
        List<ShortfallView> shortfalls) {

    @Schema(description = "A proposed seat: who, in which role, what they newly cover, the score's parts and the rules met.")
    public record Seat(@Schema(minimum = "1", maximum = SEAT_MAX, examples = "1") int seatNo,
                       @Schema(minimum = ID_MIN, maximum = ID_MAX, examples = "17") long peerId,
                       @Schema(maxLength = NAME, pattern = NOT_BLANK, examples = "Cllr Jo Bloggs") String name,
                       PeerKind kind,
                       SeatRole role,
                       @Schema(maxLength = 60, pattern = NOT_BLANK, examples = "Labour") String politicalGroup,
                       @Schema(pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035") String homeOrganisation,
                       @Schema(minimum = "0", maximum = COUNT_MAX, examples = "39") int score,
                       ScoreParts scoreParts,
                       @Schema(description = "Focus areas and elements this peer newly covered when chosen.", maxItems = 50,
                               examples = "[\"Housing\", \"GOVERNANCE_AND_CULTURE\"]")
                       List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> covers,
                       @Schema(maxItems = 50) List<Check> rulesMet) {
    }

    @Schema(description = "The preferences scored, in points (README: team matching).")
    public record ScoreParts(@Schema(minimum = "0", maximum = "1000", examples = "20") int leadMemberOfControllingParty,
                             @Schema(minimum = "0", maximum = "1000", examples = "0") int crossParty,
                             @Schema(minimum = "0", maximum = "1000", examples = "10") int expertise,
                             @Schema(minimum = "0", maximum = "1000", examples = "5") int outsideHostRegion,
                             @Schema(minimum = "0", maximum = "1000", examples = "8") int sharesTheLoad,
                             @Schema(minimum = "0", maximum = "1000", examples = "5") int feedback) {

        static ScoreParts of(Map<ScorePart, Integer> parts) {
            return new ScoreParts(parts.get(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY), parts.get(ScorePart.CROSS_PARTY),
                    parts.get(ScorePart.EXPERTISE), parts.get(ScorePart.OUTSIDE_HOST_REGION),
                    parts.get(ScorePart.SHARES_THE_LOAD), parts.get(ScorePart.FEEDBACK));
        }
    }

    @Schema(description = "A hard rule met, with the facts that decided it.")
    public record Check(MatchingRule rule,
                        @Schema(maxLength = 400, pattern = NOT_BLANK, examples = "accredited from 2024-01-15 until 2027-01-14")
                        String detail) {
    }

    @Schema(description = "How many candidates a hard rule excluded.")
    public record Exclusion(MatchingRule rule,
                            @Schema(maxLength = 400, pattern = NOT_BLANK, examples = "Accredited on every visit day")
                            String description,
                            @Schema(minimum = "0", maximum = COUNT_MAX, examples = "12") int excluded) {
    }

    @Schema(description = "A team rule no team could meet.")
    public record ShortfallView(TeamRule rule,
                                @Schema(maxLength = 400, pattern = NOT_BLANK, examples = "A chief-executive peer")
                                String description,
                                @Schema(maxLength = 400, pattern = NOT_BLANK,
                                        examples = "no eligible chief-executive peer: 0 eligible of 3 in the bank") String detail) {
    }

    static TeamProposalView of(ProposalDetails details) {
        TeamProposal p = details.proposal();
        List<Seat> seats = p.seats.stream().map(s -> seat(s, details.peers().get(s.peerId), p.checks)).toList();
        List<Exclusion> exclusions = p.exclusions.stream()
                .sorted(Comparator.comparing(e -> e.rule))
                .map(e -> new Exclusion(e.rule, e.rule.description(), e.excluded))
                .toList();
        List<ShortfallView> shortfalls = p.shortfalls.stream()
                .sorted(Comparator.comparing(s -> s.rule))
                .map(s -> new ShortfallView(s.rule, s.rule.description(), s.detail))
                .toList();
        return new TeamProposalView(p.id, p.challengeId, p.seatNo, p.status, p.status != ProposalStatus.NO_TEAM_FITS,
                p.teamSize, p.score, p.candidatesConsidered, p.eligible, p.proposedBy, p.proposedAt, p.confirmedBy,
                p.confirmedAt, seats, exclusions, shortfalls);
    }

    private static Seat seat(ProposedSeat s, Peer peer, List<SeatCheck> checks) {
        List<Check> met = checks.stream()
                .filter(c -> c.seatNo == s.seatNo)
                .sorted(Comparator.comparing(c -> c.rule))
                .map(c -> new Check(c.rule, c.detail))
                .toList();
        return new Seat(s.seatNo, s.peerId, peer.name, peer.kind, s.role, peer.politicalGroup, peer.homeOrganisation,
                s.score, ScoreParts.of(s.parts()), List.copyOf(s.covers), met);
    }
}
