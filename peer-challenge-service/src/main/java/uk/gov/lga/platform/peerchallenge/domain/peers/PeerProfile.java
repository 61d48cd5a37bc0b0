package uk.gov.lga.platform.peerchallenge.domain.peers;

import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;

import java.time.LocalDate;
import java.util.List;

/** A peer's profile as a manager records it: everything but their unavailable dates, which the peer keeps. */
public record PeerProfile(String userName, String name, PeerKind kind, ExpertSector expertSector, String politicalGroup,
                          GssCode homeOrganisation, List<Element> elements, List<String> serviceAreas,
                          List<MetricId> metricIds, LocalDate inductedOn, LocalDate accreditationExpiresOn) {

    public PeerProfile {
        elements = elements == null ? List.of() : List.copyOf(elements);
        serviceAreas = serviceAreas == null ? List.of() : List.copyOf(serviceAreas);
        metricIds = metricIds == null ? List.of() : List.copyOf(metricIds);
    }
}
