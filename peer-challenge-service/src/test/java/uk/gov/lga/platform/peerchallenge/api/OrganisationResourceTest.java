package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.support.ids.GssCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.peerchallenge.Fixtures.LEEDS;

/** The register: councils as LG Inform publishes them, fire and rescue authorities registered by platform admins. */
@QuarkusTest
class OrganisationResourceTest {

    /** Not the API document's example (E31000040): HostileInputTest's generated requests may register that one. */
    static final String WEST_YORKSHIRE_FIRE = "E31000140";
    static final String UNKNOWN = "E06000799";

    @Inject
    TestClock clock;

    @BeforeEach
    void registered() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Register.councils();
    }

    @Nested
    class Anonymous {

        @Test
        void isUnauthorizedEverywhere() {
            organisation(LEEDS).then().statusCode(401).contentType("application/problem+json");
            given().get("/organisations").then().statusCode(401);
            register(fireAuthority("E31000041", "Anonymous Fire Authority")).then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E06000014"))
    class CouncilOfficer {

        @Test
        void readsAnyOrganisationOfTheRegister() {
            organisation(LEEDS).then().statusCode(200)
                    .body("code", equalTo(LEEDS))
                    .body("kind", equalTo("COUNCIL"))
                    .body("name", equalTo("Leeds"))
                    .body("councilType", equalTo("MD"))
                    .body("region", equalTo("Yorkshire and The Humber"))
                    .body("predecessors", equalTo(List.of()))
                    .body("fireAuthorityKind", nullValue());
        }

        @Test
        void mayNotRegisterAFireAuthority() {
            register(fireAuthority("E31000042", "Officer's Fire Authority")).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void readsTheRegisterButRegistersNothing() {
            organisation(LEEDS).then().statusCode(200);
            register(fireAuthority("E31000043", "Peer's Fire Authority")).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void anUnknownCodeIsNotFoundAndAMalformedOneABadRequestNamingIt() {
            organisation(UNKNOWN).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString(UNKNOWN));
            organisation("leeds").then().statusCode(400).body("errors[0].field", equalTo("code"));
        }

        @Test
        void readsPoliticalControlAsLgInformLastRecordedIt() {
            String council = "E06000750";
            Register.council(council, "Controlled Unitary", "UA", "Test Region Register");
            Register.control(council, "Green", "Green", LocalDate.of(2025, 5, 2));

            organisation(council).then().statusCode(200)
                    .rootPath("politicalControl")
                    .body("control", equalTo("Green"))
                    .body("leaderParty", equalTo("Green"))
                    .body("since", equalTo("2025-05-02"))
                    .body("synthetic", equalTo(true));
        }

        @Test
        void mayNotRegisterAFireAuthority() {
            register(fireAuthority("E31000044", "Manager's Fire Authority")).then().statusCode(403);
        }

        @Test
        void listsTheRegisterInPagesByCodeWithoutRepeatsOrGaps() {
            List<String> all = given().get("/organisations?limit=500").then().statusCode(200).extract().path("items.code");
            assertThat(all).isSorted().doesNotHaveDuplicates().contains(LEEDS);

            List<String> paged = new ArrayList<>();
            String next = null;
            do {
                Response page = given().get("/organisations?limit=3" + (next == null ? "" : "&after=" + next));
                page.then().statusCode(200);
                paged.addAll(page.path("items.code"));
                next = page.path("next");
            } while (next != null);
            assertThat(paged).startsWith(all.toArray(String[]::new));
        }

        @Test
        void listsOneKindAndRefusesAnUnknownKindNamingIt() {
            given().get("/organisations?kind=COUNCIL&limit=500").then().statusCode(200)
                    .body("items.kind", everyItem(equalTo("COUNCIL")));
            given().get("/organisations?kind=PARISH").then().statusCode(400)
                    .body("errors[0].field", containsString("kind"));
            given().get("/organisations?after=leeds").then().statusCode(400)
                    .body("errors[0].field", containsString("after"));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void registersAFireAuthorityThatAnyoneSignedInCanThenRead() {
            register(fireAuthority(WEST_YORKSHIRE_FIRE, "West Yorkshire Fire and Rescue Authority")).then().statusCode(201)
                    .header("Location", endsWith("/organisations/" + WEST_YORKSHIRE_FIRE))
                    .body("code", equalTo(WEST_YORKSHIRE_FIRE))
                    .body("kind", equalTo("FIRE_AND_RESCUE"))
                    .body("fireAuthorityKind", equalTo("METROPOLITAN"))
                    .body("region", equalTo("Yorkshire and The Humber"));

            organisation(WEST_YORKSHIRE_FIRE).then().statusCode(200).body("name", equalTo("West Yorkshire Fire and Rescue Authority"));
            given().get("/organisations?kind=FIRE_AND_RESCUE&limit=500").then().statusCode(200)
                    .body("items.code", hasItems(WEST_YORKSHIRE_FIRE));
        }

        @Test
        void aCodeRegisteredAlreadyIsAConflict() {
            register(fireAuthority("E31000045", "First")).then().statusCode(201);
            register(fireAuthority("E31000045", "Second")).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("registered once"));
            organisation("E31000045").then().body("name", equalTo("First"));
        }

        @Test
        void badInputIsABadRequestNamingEachFieldAndStoresNothing() {
            register("{\"code\": \"E08000035\", \"name\": \"\", \"kind\": \"VOLUNTEER\"}").then().statusCode(400)
                    .body("errors.field", hasItems(containsString("kind")));
            register("{\"code\": \"E08000035\", \"name\": \"\", \"kind\": \"METROPOLITAN\"}").then().statusCode(400)
                    .body("errors.field", hasItems(containsString("code"), containsString("name")));
            register("{\"name\": \"No Code\", \"kind\": \"METROPOLITAN\"}").then().statusCode(400)
                    .body("errors.field", hasItems(containsString("code")));
            organisation("E08000035").then().body("kind", equalTo("COUNCIL"));
        }

        @Test
        void aFireAuthorityHoldsTheOfferAndHostsLikeACouncil() {
            register(fireAuthority("E31000046", "Hosting Fire Authority")).then().statusCode(201);
            long challenge = Ledger.challengeOf("E31000046", ChallengeKind.FIRE_AND_RESCUE);
            Ledger.inTransaction(l -> {
                l.grantScrutinySupport(GssCode.of("E31000046"), challenge, LocalDate.of(2026, 6, 1), null);
                return null;
            });

            given().get("/councils/E31000046/offer").then().statusCode(200)
                    .body("councilCode", equalTo("E31000046"))
                    .body("entitlements.find { it.kind == 'SCRUTINY_SUPPORT' }.status", equalTo("AVAILABLE"));
        }
    }

    private static Response organisation(String code) {
        return given().get("/organisations/" + code);
    }

    private static Response register(String body) {
        return given().contentType("application/json").body(body).post("/fire-authorities");
    }

    private static String fireAuthority(String code, String name) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"kind\": \"METROPOLITAN\", "
                + "\"region\": \"Yorkshire and The Humber\"}";
    }
}
