package uk.gov.lga.platform.apiclients;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.client.knowledgehub.api.CommunitiesApi;
import uk.gov.lga.platform.client.knowledgehub.model.CommunityView;
import uk.gov.lga.platform.client.knowledgehub.model.PageCommunityView;
import uk.gov.lga.platform.client.lginform.api.ComparisonsApi;
import uk.gov.lga.platform.client.lginform.api.CouncilsApi;
import uk.gov.lga.platform.client.lginform.api.DataReturnsApi;
import uk.gov.lga.platform.client.lginform.api.OpenDataApi;
import uk.gov.lga.platform.client.lginform.model.CouncilComparisons;
import uk.gov.lga.platform.client.lginform.model.CouncilView;
import uk.gov.lga.platform.client.lginform.model.DataReturnRequest;
import uk.gov.lga.platform.client.lginform.model.DataReturnView;
import uk.gov.lga.platform.client.lginform.model.PageCouncilView;
import uk.gov.lga.platform.client.lginform.model.ValueView;
import uk.gov.lga.platform.client.radar.ApiClient;
import uk.gov.lga.platform.client.radar.api.SignalsApi;
import uk.gov.lga.platform.client.radar.model.Problem;
import uk.gov.lga.platform.client.radar.model.SignalView;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients generated from the committed documents of LG Inform, radar and the Knowledge Hub have the API's names: one
 * class per domain tag, one method per operationId, typed models for every body (refusals included). No server:
 * the journeys through the real stack are in deploy/system-tests.
 */
class GeneratedClientsTest {

    @Nested
    class LgInform {

        @Test
        void councilsAreListedAndReadByTheirOperationIds() throws Exception {
            assertThat(CouncilsApi.class.getMethod("listCouncils", String.class, LocalDate.class, Integer.class,
                    String.class, String.class, String.class).getReturnType()).isEqualTo(PageCouncilView.class);
            assertThat(CouncilsApi.class.getMethod("getCouncil", String.class).getReturnType()).isEqualTo(CouncilView.class);
        }

        @Test
        void aJsonReturnIsSubmittedAsATypedRequestAndAnsweredWithTheStoredReturn() throws Exception {
            Method submit = DataReturnsApi.class.getMethod("submitDataReturn", String.class, DataReturnRequest.class,
                    String.class, OffsetDateTime.class, String.class);
            assertThat(submit.getReturnType()).isEqualTo(DataReturnView.class);
        }

        @Test
        void comparisonsAndOpenDataAreTyped() throws Exception {
            assertThat(ComparisonsApi.class.getMethod("compareCouncil", String.class, List.class, String.class,
                    String.class).getReturnType()).isEqualTo(CouncilComparisons.class);
            Method export = OpenDataApi.class.getMethod("exportOpenData", String.class, List.class, List.class);
            assertThat(((ParameterizedType) export.getGenericReturnType()).getActualTypeArguments())
                    .containsExactly(ValueView.class);
        }

        @Test
        void aStoredReturnReadsWithItsRevisionsAndANullEarlySight() throws Exception {
            DataReturnView stored = uk.gov.lga.platform.client.lginform.ApiClient.createDefaultObjectMapper().readValue("""
                    {"id": 1842, "councilCode": "E08000035", "source": "COUNCIL", "submittedBy": "officer.leeds",
                     "submittedAt": "2025-05-01T09:30:00Z", "valueCount": 1, "earlySight": null,
                     "values": [{"metric": "usable-reserves", "period": "2024/25", "value": 183400, "revision": 2,
                                 "status": "FINAL", "note": null}]}
                    """, DataReturnView.class);
            assertThat(stored.getEarlySight()).isNull();
            assertThat(stored.getValues()).singleElement().satisfies(value -> assertThat(value.getRevision()).isEqualTo(2));
        }
    }

    @Nested
    class Radar {

        @Test
        void signalsAreListedByListCouncilSignalsAsTypedSignals() throws Exception {
            Method list = SignalsApi.class.getMethod("listCouncilSignals", String.class);
            assertThat(list.getGenericReturnType()).isInstanceOf(ParameterizedType.class);
            assertThat(((ParameterizedType) list.getGenericReturnType()).getActualTypeArguments())
                    .containsExactly(SignalView.class);
        }

        @Test
        void aSignalReadsWithItsTimesAndANullPeriod() throws Exception {
            SignalView signal = json().readValue("""
                    {"id": 42, "councilCode": "E08000035", "kind": "DATA_RETURN", "source": "lg-inform-service",
                     "period": null, "summary": "Data return 1842 published 0 value(s) for ",
                     "observedAt": "2025-05-01T09:30:00Z", "receivedAt": "2025-05-01T09:30:02.113Z"}
                    """, SignalView.class);
            assertThat(signal.getId()).isEqualTo(42L);
            assertThat(signal.getPeriod()).isNull();
            assertThat(signal.getObservedAt()).isEqualTo(OffsetDateTime.parse("2025-05-01T09:30:00Z"));
        }

        @Test
        void aRefusalReadsAsATypedProblemWithItsFieldErrors() throws Exception {
            Problem problem = json().readValue("""
                    {"type": "about:blank", "title": "Bad Request", "status": 400,
                     "detail": "The request has invalid fields.", "instance": "/api/radar/councils/leeds/signals",
                     "errors": [{"field": "gssCode", "message": "must be a GSS code such as E08000035"}]}
                    """, Problem.class);
            assertThat(problem.getStatus()).isEqualTo(400);
            assertThat(problem.getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getField()).isEqualTo("gssCode"));
        }

        @Test
        void theClientAddressesTheServiceThroughItsGatewayRoute() {
            assertThat(new ApiClient().getBaseUri()).endsWith("/api/radar");
        }
    }

    @Nested
    class KnowledgeHub {

        @Test
        void communitiesAreListedAndReadByTheirOperationIds() throws Exception {
            assertThat(CommunitiesApi.class.getMethod("listCommunities", String.class, Integer.class).getReturnType())
                    .isEqualTo(PageCommunityView.class);
            assertThat(CommunitiesApi.class.getMethod("getCommunity", String.class).getReturnType())
                    .isEqualTo(CommunityView.class);
        }

        @Test
        void theLastPageReadsWithoutANext() throws Exception {
            PageCommunityView page = uk.gov.lga.platform.client.knowledgehub.ApiClient.createDefaultObjectMapper()
                    .readValue("""
                            {"items": [{"id": "finance-leaders", "name": "Finance leaders",
                                        "description": "Section 151 officers and finance directors.",
                                        "theme": "Finance and resources", "migratedFromOldPlatform": true,
                                        "createdAt": "2009-05-11T09:00:00Z"}],
                             "next": null}
                            """, PageCommunityView.class);
            assertThat(page.getNext()).isNull();
            assertThat(page.getItems()).extracting(CommunityView::getId).containsExactly("finance-leaders");
            assertThat(page.getItems().get(0).getMigratedFromOldPlatform()).isTrue();
        }
    }

    private static ObjectMapper json() {
        return ApiClient.createDefaultObjectMapper();
    }
}
