package uk.gov.lga.platform.lginform.domain.councils;

import java.util.List;

/** The register as the reference files give it: every council, current and abolished, with who replaced whom. */
public record ReferenceRegister(List<Council> councils, Succession succession) {

    public ReferenceRegister {
        councils = List.copyOf(councils);
    }
}
