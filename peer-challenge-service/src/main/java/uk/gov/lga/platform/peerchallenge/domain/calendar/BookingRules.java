package uk.gov.lga.platform.peerchallenge.domain.calendar;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.support.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a booking must say to be taken, each fault named by its field (all at once, as a 422 problem):
 * <ul>
 *   <li>HOST: one to twenty distinct hosts this service knows, each existing during the quarter; a kind and a
 *   shape; hosts fitting the shape (SINGLE one, SHARED_MANAGEMENT two, COUNTY_WITH_DISTRICTS a county council and
 *   districts of its area, SUB_REGIONAL two or more, WITH_PARTNERS naming its partners); FIRE_AND_RESCUE hosted by
 *   fire and rescue authorities, the other kinds led by a council; a subject-specific challenge's topic, active in
 *   the catalogue, and its charge, at least the topic's minimum price (the other kinds have neither); nothing of
 *   giving peer days.</li>
 *   <li>GIVE_PEER_DAYS: the giving council, known and existing; how many days; the named peers, each once, each a
 *   peer of the peer bank whose home is that council; nothing of hosting.</li>
 * </ul>
 */
public final class BookingRules {

    static final String COUNTY = "CTY";

    private BookingRules() {
    }

    /**
     * @param organisations the organisations the booking names that this service knows, by code
     * @param peerHomes     each named peer that exists in the peer bank, with its home organisation
     * @param topicMinimum  the minimum price of an active catalogue topic; empty for an unknown or retired topic
     */
    public static List<FieldError> check(NewBooking booking, Map<String, Organisation> organisations,
                                         Map<Long, Optional<String>> peerHomes,
                                         Function<String, Optional<BigDecimal>> topicMinimum) {
        List<FieldError> errors = new ArrayList<>();
        if (booking.purpose() == BookingPurpose.HOST) {
            host(booking, organisations, topicMinimum, errors);
        } else {
            givePeerDays(booking, organisations, peerHomes, errors);
        }
        return errors;
    }

    private static void host(NewBooking b, Map<String, Organisation> organisations,
                             Function<String, Optional<BigDecimal>> topicMinimum, List<FieldError> errors) {
        List<String> hosts = b.hosts();
        if (hosts.isEmpty()) {
            errors.add(new FieldError("hosts", "is required to host: the lead host first, then any others"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hosts.size(); i++) {
            String code = hosts.get(i);
            Organisation o = organisations.get(code);
            if (!seen.add(code)) {
                errors.add(new FieldError("hosts[" + i + "]", "names " + code + " a second time"));
            } else if (o == null) {
                errors.add(new FieldError("hosts[" + i + "]", "is not a council or fire and rescue authority this service knows"));
            } else if (!existsDuring(o, b.quarter())) {
                errors.add(new FieldError("hosts[" + i + "]", "did not exist during " + b.quarter()));
            }
        }
        if (b.kind() == null) {
            errors.add(new FieldError("kind", "is required to host: CORPORATE, SUBJECT_SPECIFIC, FIRE_AND_RESCUE or CHILDRENS_SERVICES"));
        }
        if (b.shape() == null) {
            errors.add(new FieldError("shape", "is required to host: SINGLE, SHARED_MANAGEMENT, COUNTY_WITH_DISTRICTS, "
                    + "SUB_REGIONAL or WITH_PARTNERS"));
        }
        boolean allKnown = !hosts.isEmpty() && hosts.stream().allMatch(organisations::containsKey) && seen.size() == hosts.size();
        if (b.shape() != null && !hosts.isEmpty()) {
            shape(b, organisations, allKnown, errors);
        }
        if (b.kind() != null && allKnown) {
            hostKinds(b, organisations, errors);
        }
        if (b.kind() == ChallengeKind.SUBJECT_SPECIFIC) {
            Optional<BigDecimal> minimum = b.topic() == null ? Optional.empty() : topicMinimum.apply(b.topic());
            if (b.topic() == null) {
                errors.add(new FieldError("topic", "is required for a subject-specific challenge (GET /topics)"));
            } else if (minimum.isEmpty()) {
                errors.add(new FieldError("topic", "is not an active topic of the catalogue (GET /topics)"));
            }
            if (b.charge() == null) {
                errors.add(new FieldError("charge", "is required for a subject-specific challenge: at least its topic's minimum price"));
            } else if (minimum.isPresent() && b.charge().compareTo(minimum.get()) < 0) {
                errors.add(new FieldError("charge", "must be at least " + minimum.get() + ", the minimum price of the topic " + b.topic()));
            }
        } else if (b.kind() != null) {
            if (b.topic() != null) {
                errors.add(new FieldError("topic", "applies to subject-specific challenges only"));
            }
            if (b.charge() != null) {
                errors.add(new FieldError("charge", "applies to subject-specific challenges only; the other kinds are not charged"));
            }
        }
        if (b.shape() != null && b.shape() != ChallengeShape.WITH_PARTNERS && !b.partners().isEmpty()) {
            errors.add(new FieldError("partners", "apply to WITH_PARTNERS challenges only"));
        }
        notGiving(b, errors);
    }

    private static void shape(NewBooking b, Map<String, Organisation> organisations, boolean allKnown,
                              List<FieldError> errors) {
        int n = b.hosts().size();
        switch (b.shape()) {
            case SINGLE -> {
                if (n != 1) {
                    errors.add(new FieldError("hosts", "a SINGLE challenge has one host; " + n + " are named"));
                }
            }
            case SHARED_MANAGEMENT -> {
                if (n != 2) {
                    errors.add(new FieldError("hosts", "a SHARED_MANAGEMENT challenge has the two councils sharing "
                            + "management as hosts; " + n + " are named"));
                }
            }
            case SUB_REGIONAL -> {
                if (n < 2) {
                    errors.add(new FieldError("hosts", "a SUB_REGIONAL challenge has two or more hosts"));
                }
            }
            case COUNTY_WITH_DISTRICTS -> {
                if (n < 2) {
                    errors.add(new FieldError("hosts", "a COUNTY_WITH_DISTRICTS challenge has the county first, then one "
                            + "or more of its districts"));
                } else if (allKnown) {
                    String county = b.hosts().get(0);
                    if (!COUNTY.equals(organisations.get(county).councilType)) {
                        errors.add(new FieldError("hosts[0]", "must be a county council: the lead of a COUNTY_WITH_DISTRICTS challenge"));
                    } else {
                        for (int i = 1; i < n; i++) {
                            if (!county.equals(organisations.get(b.hosts().get(i)).countyCode)) {
                                errors.add(new FieldError("hosts[" + i + "]", "is not a district of the county " + county));
                            }
                        }
                    }
                }
            }
            case WITH_PARTNERS -> {
                if (b.partners().isEmpty()) {
                    errors.add(new FieldError("partners", "are required for a WITH_PARTNERS challenge: the public-sector "
                            + "partners, by name"));
                }
            }
        }
    }

    private static void hostKinds(NewBooking b, Map<String, Organisation> organisations, List<FieldError> errors) {
        for (int i = 0; i < b.hosts().size(); i++) {
            OrganisationKind kind = organisations.get(b.hosts().get(i)).kind;
            if (b.kind() == ChallengeKind.FIRE_AND_RESCUE && kind != OrganisationKind.FIRE_AND_RESCUE) {
                errors.add(new FieldError("hosts[" + i + "]", "is not a fire and rescue authority: a FIRE_AND_RESCUE "
                        + "challenge is hosted by them"));
            } else if (b.kind() != ChallengeKind.FIRE_AND_RESCUE && kind != OrganisationKind.COUNCIL
                    && (i == 0 || b.shape() != ChallengeShape.WITH_PARTNERS)) {
                errors.add(new FieldError("hosts[" + i + "]", "is a fire and rescue authority: a " + b.kind()
                        + " challenge is hosted by councils (a fire and rescue authority may join one WITH_PARTNERS, "
                        + "or host a FIRE_AND_RESCUE challenge)"));
            }
        }
    }

    private static void notGiving(NewBooking b, List<FieldError> errors) {
        if (b.council() != null) {
            errors.add(new FieldError("council", "applies to GIVE_PEER_DAYS bookings only; a HOST booking is made by its lead host"));
        }
        if (b.peerDays() != null) {
            errors.add(new FieldError("peerDays", "applies to GIVE_PEER_DAYS bookings only"));
        }
        if (!b.peers().isEmpty()) {
            errors.add(new FieldError("peers", "apply to GIVE_PEER_DAYS bookings only"));
        }
    }

    private static void givePeerDays(NewBooking b, Map<String, Organisation> organisations,
                                     Map<Long, Optional<String>> peerHomes, List<FieldError> errors) {
        Organisation council = b.council() == null ? null : organisations.get(b.council());
        if (b.council() == null) {
            errors.add(new FieldError("council", "is required to give peer days: the council giving them"));
        } else if (council == null) {
            errors.add(new FieldError("council", "is not a council or fire and rescue authority this service knows"));
        } else if (!existsDuring(council, b.quarter())) {
            errors.add(new FieldError("council", "did not exist during " + b.quarter()));
        }
        if (b.peerDays() == null) {
            errors.add(new FieldError("peerDays", "is required to give peer days: how many"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < b.peers().size(); i++) {
            Long id = b.peers().get(i);
            Optional<String> home = peerHomes.get(id);
            if (!seen.add(id)) {
                errors.add(new FieldError("peers[" + i + "]", "names peer " + id + " a second time"));
            } else if (home == null) {
                errors.add(new FieldError("peers[" + i + "]", "is not a peer of the peer bank"));
            } else if (b.council() != null && !home.filter(b.council()::equals).isPresent()) {
                errors.add(new FieldError("peers[" + i + "]", "is not a peer of " + b.council()
                        + ": a council gives the days of its own members and officers"));
            }
        }
        if (!b.hosts().isEmpty()) {
            errors.add(new FieldError("hosts", "apply to HOST bookings only"));
        }
        for (var field : Map.of("kind", b.kind() != null, "shape", b.shape() != null, "topic", b.topic() != null,
                "charge", b.charge() != null, "focusAreas", !b.focusAreas().isEmpty(),
                "partners", !b.partners().isEmpty()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            if (field.getValue()) {
                errors.add(new FieldError(field.getKey(), "applies to HOST bookings only"));
            }
        }
    }

    /** The organisation existed on at least one day of the quarter. */
    static boolean existsDuring(Organisation o, Quarter quarter) {
        return (o.validFrom == null || !o.validFrom.isAfter(quarter.endsOn()))
                && (o.validTo == null || !o.validTo.isBefore(quarter.startsOn()));
    }
}
