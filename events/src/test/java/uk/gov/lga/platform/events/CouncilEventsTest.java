package uk.gov.lga.platform.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilEventsTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private final CouncilRegistered cumbria = new CouncilRegistered("E10000006", "CMA", "Cumbria",
            "Cumbria County Council", "England", "North West", "CTY", "upper tier", null, null,
            LocalDate.parse("2023-03-31"), List.of(), List.of("E06000063", "E06000064"));

    @Test
    void councilRegisteredTravelsOnTheCouncilsTopicKeyedByItsCode() {
        assertThat(cumbria.topic()).isEqualTo(Topics.LGINFORM_COUNCILS);
        assertThat(cumbria.subject()).isEqualTo("E10000006");
    }

    @Test
    void councilRegisteredSurvivesARoundTripWithDatesAsIsoText() {
        String json = EventEnvelope.wrap(cumbria, "lg-inform-service", AT).toJson();

        assertThat(json).contains("\"validTo\":\"2023-03-31\"").doesNotContain("topic");
        assertThat(EventEnvelope.fromJson(json).dataAs(CouncilRegistered.class)).isEqualTo(cumbria);
    }

    @Test
    void anAbolishedCouncilExistedUpToItsLastDayOnly() {
        assertThat(cumbria.existedOn(LocalDate.parse("2016-06-01"))).isTrue();
        assertThat(cumbria.existedOn(LocalDate.parse("2023-03-31"))).isTrue();
        assertThat(cumbria.existedOn(LocalDate.parse("2023-04-01"))).isFalse();
    }

    @Test
    void aFirstRecordOfControlIsNotAChange() {
        PoliticalControlChanged first = new PoliticalControlChanged("E08000035", "Labour", "Labour",
                LocalDate.parse("2024-05-10"), null, true);
        PoliticalControlChanged change = new PoliticalControlChanged("E08000035",
                PoliticalControlChanged.NO_OVERALL_CONTROL, "Labour", LocalDate.parse("2026-05-08"), "Labour", true);

        assertThat(first.isChange()).isFalse();
        assertThat(change.isChange()).isTrue();
        assertThat(EventEnvelope.fromJson(EventEnvelope.wrap(change, "lg-inform-service", AT).toJson())
                .dataAs(PoliticalControlChanged.class)).isEqualTo(change);
    }
}
