package uk.gov.lga.platform.lginform.domain.groups;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GroupIdTest {

    @ParameterizedTest
    @CsvSource({
            "all-england, ALL_ENGLAND",
            "type:NMD, TYPE",
            "region:Yorkshire and The Humber, REGION",
            "county:E10000007, COUNTY",
            "nearest-neighbours:E08000035, NEAREST_NEIGHBOURS",
            "custom:12, CUSTOM",
    })
    void everyKindOfIdIsReadAndWrittenBackAsItCame(String text, GroupId.Kind kind) {
        assertThat(GroupId.parse(text)).hasValueSatisfying(id -> {
            assertThat(id.kind()).isEqualTo(kind);
            assertThat(id).hasToString(text);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "england", "all-england:x", "colour:red", "county:Kent", "nearest-neighbours:E0800003",
            "custom:abc", "custom:", "custom:1234567890123456789"})
    void textThatIsNoGroupIdIsNone(String text) {
        assertThat(GroupId.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"custom:12, 12", "custom:0012, 12"})
    void customGroupIdNamesItsNumber(String text, long number) {
        assertThat(GroupId.parse(text).orElseThrow().customNumber()).isEqualTo(number);
        assertThat(GroupId.parse(text)).contains(GroupId.custom(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ALL_ENGLAND|             |All English councils",
            "TYPE|NMD|English councils of type NMD",
            "REGION|London|Councils in London",
            "COUNTY|Kent|Kent and its districts",
            "NEAREST_NEIGHBOURS|Leeds|Nearest neighbours of Leeds",
            "CUSTOM|West Yorkshire|West Yorkshire",
    })
    void eachKindNamesItsGroups(GroupId.Kind kind, String subject, String name) {
        assertThat(kind.nameOf(subject)).isEqualTo(name);
    }
}
