package uk.gov.lga.platform.lginform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepresentationTest {

    @Test
    void withoutAnAcceptHeaderTheResourcesDefaultIsSent() {
        assertThat(Representation.preferred(null, Representation.CSV)).isEqualTo(Representation.CSV);
        assertThat(Representation.preferred("*/*", Representation.JSON)).isEqualTo(Representation.JSON);
    }

    @Test
    void aGeneratedClientListingBothAtTheSameQualityGetsTheFirstItListed() {
        assertThat(Representation.preferred("application/json, text/csv", Representation.CSV)).isEqualTo(Representation.JSON);
        assertThat(Representation.preferred("text/csv, application/json", Representation.JSON)).isEqualTo(Representation.CSV);
    }

    @Test
    void aHigherQualityWinsWhateverItsPlace() {
        assertThat(Representation.preferred("application/json;q=0.5, text/csv", Representation.JSON))
                .isEqualTo(Representation.CSV);
    }

    @Test
    void aTypeRefusedWithQualityZeroIsNeverChosen() {
        assertThat(Representation.preferred("text/csv;q=0", Representation.JSON)).isEqualTo(Representation.JSON);
    }
}
