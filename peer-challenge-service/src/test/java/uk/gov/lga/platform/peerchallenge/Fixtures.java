package uk.gov.lga.platform.peerchallenge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeHost;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeVisit;
import uk.gov.lga.platform.peerchallenge.domain.offer.LeadershipPlace;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tests of this service share: councils (each test that stores data uses a council of its own, so
 * tests do not see each other's challenges and places), and helpers that store them.
 */
public final class Fixtures {

    public static final String LEEDS = "E08000035";
    public static final String YORK = "E06000014";
    public static final String KENT = "E10000016";
    public static final String BRISTOL = "E06000023";
    public static final String CORNWALL = "E06000052";
    public static final String MANCHESTER = "E08000003";
    public static final String CARDIFF = "W06000015";
    public static final String SHEFFIELD = "E08000019";

    private Fixtures() {
    }

    /** A peer challenge of the council: on site from {@code startsOn}, or an enquiry when it has no date. */
    public static void challenge(String council, ChallengeKind kind, LocalDate startsOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            PeerChallenge c = new PeerChallenge();
            c.councilCode = council;
            c.kind = kind;
            c.stage = startsOn == null ? ChallengeStage.ENQUIRY : ChallengeStage.ON_SITE;
            c.topic = kind == ChallengeKind.SUBJECT_SPECIFIC ? "Planning" : null;
            c.hosts.add(new ChallengeHost(council, true));
            if (startsOn != null) {
                c.scheduleVisits(List.of(new ChallengeVisit(1, startsOn, startsOn.plusDays(3))));
            }
            c.persist();
        });
    }

    /** A leadership-programme place the council took up in a financial year. */
    public static void place(String council, String financialYear, String delegate) {
        QuarkusTransaction.requiringNew().run(() -> {
            LeadershipPlace p = new LeadershipPlace();
            p.councilCode = council;
            p.financialYear = financialYear;
            p.delegateName = delegate;
            p.persist();
        });
    }
}
