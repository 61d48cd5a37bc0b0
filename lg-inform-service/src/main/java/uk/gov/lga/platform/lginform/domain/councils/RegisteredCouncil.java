package uk.gov.lga.platform.lginform.domain.councils;

import java.util.List;

/** A council with the councils it replaced and those that replaced it, each by GSS code and name. */
public record RegisteredCouncil(Council council, List<Link> predecessors, List<Link> successors) {

    public RegisteredCouncil {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /** Another council of the register, named. */
    public record Link(String gssCode, String name) {
    }
}
