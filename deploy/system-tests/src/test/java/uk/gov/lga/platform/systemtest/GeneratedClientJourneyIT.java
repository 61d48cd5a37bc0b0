package uk.gov.lga.platform.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.client.lginform.ApiClient;
import uk.gov.lga.platform.client.lginform.ApiException;
import uk.gov.lga.platform.client.lginform.ApiResponse;
import uk.gov.lga.platform.client.lginform.api.ComparisonsApi;
import uk.gov.lga.platform.client.lginform.api.CouncilsApi;
import uk.gov.lga.platform.client.lginform.api.DataReturnsApi;
import uk.gov.lga.platform.client.lginform.api.OpenDataApi;
import uk.gov.lga.platform.client.lginform.model.ComparisonView;
import uk.gov.lga.platform.client.lginform.model.CouncilView;
import uk.gov.lga.platform.client.lginform.model.DataReturnRequest;
import uk.gov.lga.platform.client.lginform.model.DataReturnView;
import uk.gov.lga.platform.client.lginform.model.PageCouncilView;
import uk.gov.lga.platform.client.lginform.model.Problem;
import uk.gov.lga.platform.client.lginform.model.ReturnedValue;
import uk.gov.lga.platform.client.lginform.model.ValueView;
import uk.gov.lga.platform.deploy.Platform;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The platform as a program sees it: through the gateway, with the Java client generated from LG Inform's committed
 * document (deploy/api-clients), its methods named by the operationIds. Anyone reads councils; a council officer
 * posts a JSON and a CSV return and reads them back by following the 201's Location; a refused return arrives as the
 * typed Problem with its field errors; a council is compared with similar councils; open data comes as JSON and as
 * CSV with an ETag, and a conditional request is answered 304. Where a generated method cannot choose (a CSV body
 * for an operation whose first media type is JSON, CSV rather than JSON to read) the client's request interceptor
 * does ({@link GeneratedClients}).
 */
class GeneratedClientJourneyIT {

    static final String LEEDS = "E08000035";
    static final String PERIOD = "2019/20";

    static Platform platform;
    static String leedsOfficer;
    static CouncilsApi councils;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        leedsOfficer = Tokens.forUser(platform.realmUrl(), "officer.leeds");
        councils = new CouncilsApi(GeneratedClients.lgInform(platform.gatewayUrl(), null));
    }

    @Test
    void anyoneReadsACouncilWithTheGeneratedClient() throws ApiException {
        CouncilView leeds = councils.getCouncil(LEEDS);

        assertThat(leeds.getGssCode()).isEqualTo(LEEDS);
        assertThat(leeds.getName()).isEqualTo("Leeds");
        assertThat(leeds.getType()).isEqualTo("MD");
    }

    @Test
    void councilsArePagedByTheCursorTheClientHandsBack() throws ApiException {
        PageCouncilView first = councils.listCouncils(null, null, 5, null, null, "MD");
        PageCouncilView second = councils.listCouncils(first.getNext(), null, 5, null, null, "MD");

        assertThat(first.getItems()).hasSize(5).allSatisfy(council -> assertThat(council.getType()).isEqualTo("MD"));
        assertThat(first.getNext()).isNotNull();
        assertThat(second.getItems().get(0).getGssCode()).isGreaterThan(first.getItems().get(4).getGssCode());
    }

    @Test
    void aJsonReturnIsStoredAndReadBackByFollowingItsLocation() throws ApiException {
        ApiClient client = GeneratedClients.lgInform(platform.gatewayUrl(), leedsOfficer);
        DataReturnsApi returns = new DataReturnsApi(client);

        ApiResponse<DataReturnView> created = returns.submitDataReturnWithHttpInfo(LEEDS, new DataReturnRequest()
                .period(PERIOD).addValuesItem(new ReturnedValue().metric("usable-reserves").value(new BigDecimal("183400"))),
                null, null, null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        long id = created.getData().getId();
        String location = created.getHeaders().get("Location").get(0);
        assertThat(location).isEqualTo(client.getBaseUri() + "/councils/" + LEEDS + "/data-returns/" + id);
        DataReturnView readBack = returns.getDataReturn(LEEDS, idAtTheEndOf(location));
        assertThat(readBack.getValues()).singleElement().satisfies(value -> {
            assertThat(value.getMetric()).isEqualTo("usable-reserves");
            assertThat(value.getValue()).isEqualByComparingTo("183400");
        });
    }

    @Test
    void aCsvReturnGoesThroughTheSameOperationAndIsReadBack() throws ApiException {
        String csv = "metric,period,value,status\nhousehold-waste-recycled," + PERIOD + ",38.5,final\n";
        DataReturnsApi csvReturns = new DataReturnsApi(
                GeneratedClients.lgInformSendingCsv(platform.gatewayUrl(), leedsOfficer, csv));

        DataReturnView stored = csvReturns.submitDataReturn(LEEDS, new DataReturnRequest(), null, null, null);

        DataReturnView readBack = new DataReturnsApi(GeneratedClients.lgInform(platform.gatewayUrl(), leedsOfficer))
                .getDataReturn(LEEDS, stored.getId());
        assertThat(readBack.getValues()).singleElement().satisfies(value -> {
            assertThat(value.getMetric()).isEqualTo("household-waste-recycled");
            assertThat(value.getValue()).isEqualByComparingTo("38.5");
            assertThat(value.getStatus()).isEqualTo("FINAL");
        });
    }

    @Test
    void aRefusedReturnIsATypedProblemNamingEachField() throws Exception {
        ApiClient client = GeneratedClients.lgInform(platform.gatewayUrl(), leedsOfficer);
        DataReturnRequest unknownMetric = new DataReturnRequest().period(PERIOD)
                .addValuesItem(new ReturnedValue().metric("no-such-metric").value(BigDecimal.ONE));

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new DataReturnsApi(client).submitDataReturn(LEEDS, unknownMetric, null, null, null));

        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getField()).isEqualTo("values[0].metric"));
    }

    @Test
    void aCouncilIsComparedWithSimilarCouncils() throws ApiException {
        new DataReturnsApi(GeneratedClients.lgInform(platform.gatewayUrl(), leedsOfficer)).submitDataReturn(LEEDS,
                new DataReturnRequest().period("2018/19").addValuesItem(
                        new ReturnedValue().metric("household-waste-recycled").value(new BigDecimal("36.25"))),
                null, null, null);

        ComparisonView comparison = new ComparisonsApi(GeneratedClients.lgInform(platform.gatewayUrl(), null))
                .compareCouncil(LEEDS, List.of("household-waste-recycled"), "type:MD", "2018/19")
                .getComparisons().get(0);

        assertThat(comparison.getValue()).isEqualByComparingTo("36.25");
        assertThat(comparison.getGroup().getId()).isEqualTo("type:MD");
        assertThat(comparison.getGroup().getInGroup()).isTrue();
        assertThat(comparison.getGroup().getCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openDataComesAsJsonWithAnETagAndAConditionalRequestIsAnswered304() throws ApiException {
        publishOneValue("2017/18", "55000");
        OpenDataApi openData = new OpenDataApi(GeneratedClients.lgInform(platform.gatewayUrl(), null));

        ApiResponse<List<ValueView>> values = openData.exportOpenDataWithHttpInfo(LEEDS, List.of("usable-reserves"),
                List.of("2017/18"));

        assertThat(values.getData()).singleElement().satisfies(value -> {
            assertThat(value.getCouncilCode()).isEqualTo(LEEDS);
            assertThat(value.getValue()).isEqualByComparingTo("55000");
        });
        String etag = values.getHeaders().get("ETag").get(0);
        ApiException notModified = catchThrowableOfType(ApiException.class, () -> openData.exportOpenDataWithHttpInfo(
                LEEDS, List.of("usable-reserves"), List.of("2017/18"), Map.of("If-None-Match", etag)));
        assertThat(notModified.getCode()).isEqualTo(304);
        assertThat(notModified.getResponseHeaders().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void openDataComesAsCsvWithItsOwnETagAnsweredWith304() throws Exception {
        publishOneValue("2016/17", "51000");
        ApiClient client = GeneratedClients.lgInformAccepting(platform.gatewayUrl(), "text/csv");
        // The generated method reads JSON only: the CSV is read with the generated client's own HTTP client.
        URI uri = URI.create(client.getBaseUri() + "/open-data/values?area=" + LEEDS + "&metric=usable-reserves&period=2016/17");

        HttpResponse<String> csv = client.getHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "text/csv")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines()).hasSize(2).last().asString().startsWith(LEEDS + ",Leeds,usable-reserves,2016/17,51000");
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        ApiException notModified = catchThrowableOfType(ApiException.class, () -> new OpenDataApi(client)
                .exportOpenDataWithHttpInfo(LEEDS, List.of("usable-reserves"), List.of("2016/17"),
                        Map.of("If-None-Match", etag)));
        assertThat(notModified.getCode()).isEqualTo(304);
    }

    @Test
    void anUnknownCouncilIsAnApiExceptionCarryingTheTypedProblem() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> councils.getCouncil("E99999999"));

        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getInstance()).isEqualTo("/api/lg-inform/councils/E99999999");
    }

    private static void publishOneValue(String period, String value) throws ApiException {
        new DataReturnsApi(GeneratedClients.lgInform(platform.gatewayUrl(), leedsOfficer)).submitDataReturn(LEEDS,
                new DataReturnRequest().period(period)
                        .addValuesItem(new ReturnedValue().metric("usable-reserves").value(new BigDecimal(value))),
                null, null, null);
    }

    private static long idAtTheEndOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
