package uk.gov.lga.platform.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.client.lginform.ApiClient;
import uk.gov.lga.platform.client.lginform.ApiException;
import uk.gov.lga.platform.client.lginform.api.CouncilResourceApi;
import uk.gov.lga.platform.client.lginform.model.CouncilView;
import uk.gov.lga.platform.client.lginform.model.PageCouncilView;
import uk.gov.lga.platform.deploy.Platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The platform as a program sees it: through the gateway, with the Java clients generated from the services'
 * committed documents (deploy/api-clients), never with hand-written HTTP. Today the lg-inform client reads
 * councils. To come once lg-inform's document follows the API conventions (issue 8; the method names below then
 * become its operationIds, such as listCouncils): post a JSON and a CSV return and read them back, a 422 as a
 * typed Problem with field errors, compare, open data as JSON and CSV with ETag and 304, follow a Location.
 */
class GeneratedClientJourneyIT {

    static final String LEEDS = "E08000035";

    static Platform platform;
    static CouncilResourceApi councils;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        ApiClient lgInform = new ApiClient();
        lgInform.updateBaseUri(platform.gatewayUrl() + "/api/lg-inform");
        councils = new CouncilResourceApi(lgInform);
    }

    @Test
    void anyoneReadsACouncilWithTheGeneratedClient() throws ApiException {
        CouncilView leeds = councils.councilsGssCodeGet(LEEDS);

        assertThat(leeds.getGssCode()).isEqualTo(LEEDS);
        assertThat(leeds.getName()).isEqualTo("Leeds");
        assertThat(leeds.getType()).isEqualTo("MD");
    }

    @Test
    void councilsArePagedByTheCursorTheClientHandsBack() throws ApiException {
        PageCouncilView first = councils.councilsGet(null, null, 5, null, null, "MD");
        PageCouncilView second = councils.councilsGet(first.getNext(), null, 5, null, null, "MD");

        assertThat(first.getItems()).hasSize(5).allSatisfy(council -> assertThat(council.getType()).isEqualTo("MD"));
        assertThat(first.getNext()).isNotNull();
        assertThat(second.getItems().get(0).getGssCode()).isGreaterThan(first.getItems().get(4).getGssCode());
    }

    @Test
    void anUnknownCouncilIsAnApiExceptionCarryingTheProblem() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> councils.councilsGssCodeGet("E99999999"));

        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(refused.getResponseBody());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("instance").asText()).isEqualTo("/api/lg-inform/councils/E99999999");
    }
}
