package uk.gov.lga.platform.lginform.domain.councils;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The register as the three reference files give it, normalised. */
class CouncilReferenceFileTest {

    static final ReferenceRegister REGISTER = new CouncilReferenceFile().read();
    static final Map<String, Council> BY_CODE = REGISTER.councils().stream().collect(Collectors.toMap(c -> c.gssCode, Function.identity()));

    @Test
    void todaysCouncilsAndTheFortyEightAbolishedEnglishOnesAreRegistered() {
        assertThat(REGISTER.councils()).hasSize(382 + 48);
        assertThat(REGISTER.councils().stream().filter(Council::abolished)).hasSize(48)
                .allSatisfy(c -> assertThat(c.nation).isEqualTo("England"));
    }

    @Test
    void cumbriaEndsTheDayBeforeItsSuccessorsBegin() {
        Council cumbria = BY_CODE.get("E10000006");
        assertThat(cumbria.validFrom).isNull();
        assertThat(cumbria.validTo).isEqualTo(LocalDate.parse("2023-03-31"));
        assertThat(REGISTER.succession().successorsOf("E10000006")).containsExactly("E06000063", "E06000064");
        assertThat(BY_CODE.get("E06000063").validFrom).isEqualTo(LocalDate.parse("2023-04-01"));
        assertThat(REGISTER.succession().predecessorsOf("E06000063")).contains("E10000006", "E07000028");
    }

    @Test
    void onlySuccessorsHaveAStartDate() {
        assertThat(BY_CODE.get("E06000014").validFrom).as("York").isNull();
        assertThat(BY_CODE.get("E10000002").validFrom).as("Buckinghamshire County Council").isNull();
        assertThat(BY_CODE.get("E07000246").lifespan()).as("Somerset West and Taunton")
                .isEqualTo(new Lifespan(LocalDate.parse("2019-04-01"), LocalDate.parse("2023-03-31")));
        assertThat(REGISTER.succession().allPredecessorsOf("E06000066")).as("Somerset, at every depth")
                .contains("E10000027", "E07000246", "E07000190", "E07000191");
    }

    @Test
    void abolishedCouncilsGetTheirTierFromTheirTypeAndTheirRegionFromTheirSuccessor() {
        Council bournemouth = BY_CODE.get("E06000028");
        assertThat(bournemouth.tier).isEqualTo("unitary");
        assertThat(bournemouth.region).isEqualTo("South West");
        assertThat(BY_CODE.get("E07000201").region).as("Forest Heath, from West Suffolk").isEqualTo("East of England");
    }

    @Test
    void aDistrictNamesItsCountyByBothCodes() {
        Council craven = BY_CODE.get("E07000163");
        assertThat(craven.countyGssCode).isEqualTo("E10000023");
        assertThat(craven.countyCode).isEqualTo("NYK");
        Council ashford = BY_CODE.get("E07000105");
        assertThat(ashford.countyCode).isEqualTo("KEN");
        assertThat(ashford.countyGssCode).isEqualTo("E10000016");
    }
}
