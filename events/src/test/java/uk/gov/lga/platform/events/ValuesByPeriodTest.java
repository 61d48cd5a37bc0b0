package uk.gov.lga.platform.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesByPeriodTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private static DataReturnPublished leedsReturn(DataReturnPublished.Value... values) {
        return new DataReturnPublished("E08000035", 7L, "NATIONAL", "admin", AT, AT, List.of(values));
    }

    private static DataReturnPublished.Value value(String metric, String period, String value, int revision) {
        return new DataReturnPublished.Value(metric, period, new BigDecimal(value), revision, "FINAL");
    }

    @Test
    void valuesTravelGroupedByPeriodAsTuples() {
        String json = EventJson.write(leedsReturn(value("usable-reserves", "2024/25", "12.5", 2),
                value("external-debt", "2024/25", "300", 1), value("usable-reserves", "2023/24", "11.25", 1)));

        assertThat(json).contains("\"values\":{\"2024/25\":[[\"usable-reserves\",12.5,2,\"FINAL\"],"
                + "[\"external-debt\",300,1,\"FINAL\"]],\"2023/24\":[[\"usable-reserves\",11.25,1,\"FINAL\"]]}");
    }

    @Test
    void valuesReadBackGroupedByPeriodInTheOrderPeriodsFirstAppeared() {
        DataReturnPublished sent = leedsReturn(value("a", "2024/25", "1", 1), value("b", "2023/24", "2", 1),
                value("c", "2024/25", "3.5", 4));

        DataReturnPublished read = EventJson.read(EventJson.write(sent), DataReturnPublished.class);

        assertThat(read.values()).containsExactly(value("a", "2024/25", "1", 1), value("c", "2024/25", "3.5", 4),
                value("b", "2023/24", "2", 1));
    }

    @Test
    void returnWithoutValuesTravelsAsAnEmptyObject() {
        DataReturnPublished read = EventJson.read(EventJson.write(leedsReturn()), DataReturnPublished.class);

        assertThat(read.values()).isEmpty();
    }

    @Test
    void tupleWithAWordForItsNumberIsRejected() {
        String json = "{\"councilCode\":\"E08000035\",\"dataReturnId\":7,\"values\":{\"2024/25\":[[\"a\",\"many\",1,\"FINAL\"]]}}";

        assertThatThrownBy(() -> EventJson.read(json, DataReturnPublished.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tupleWithAMissingStatusIsRejected() {
        String json = "{\"councilCode\":\"E08000035\",\"dataReturnId\":7,\"values\":{\"2024/25\":[[\"a\",1,1]]}}";

        assertThatThrownBy(() -> EventJson.read(json, DataReturnPublished.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
