package uk.gov.lga.platform.lginform.domain.neighbours;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A council's neighbours as last computed, nearest first. */
public record ComputedNeighbours(List<NearestNeighbours.Neighbour> neighbours, Instant computedAt) {

    public ComputedNeighbours {
        neighbours = List.copyOf(neighbours);
    }

    /** The council's nearest-neighbours group: the council first, then its neighbours, nearest first. */
    public List<String> groupOf(String council) {
        List<String> members = new ArrayList<>(neighbours.size() + 1);
        members.add(council);
        neighbours.forEach(n -> members.add(n.gssCode()));
        return members;
    }
}
