package uk.gov.lga.platform.lginform.persistence;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTest {

    @Test
    void onlyConditionsWithAValueJoinAndBindIt() {
        Conditions where = Conditions.all()
                .add("region = :region", "region", "London")
                .add("type = :type", "type", null)
                .add("id > :after", "after", 12L);

        assertThat(where.text()).isEqualTo("region = :region and id > :after");
        assertThat(where.parameters()).isEqualTo(Map.of("region", "London", "after", 12L));
    }

    @Test
    void noConditionIsAnEmptyClause() {
        assertThat(Conditions.all().add("type = :type", "type", null).text()).isEmpty();
    }

    @Test
    void alternativesJoinInBracketsWithTheirParameters() {
        Conditions where = Conditions.all().add("g.id > :after", "after", 0L)
                .add(Conditions.any().add("g.ownerCouncil = :council", "council", "E08000035").add("g.ownerClient = :club", "club", null));

        assertThat(where.text()).isEqualTo("g.id > :after and (g.ownerCouncil = :council)");
        assertThat(where.parameters()).containsEntry("council", "E08000035").doesNotContainKey("club");
    }
}
