package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;
import uk.gov.lga.platform.gateway.edge.EdgePath;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of generated hostile request targets (see {@link HostilePaths}), sent byte for byte to the
 * running gateway in front of the stand-in service: never a 5xx, every refusal a problem, and nothing the
 * stand-in receives is (read as leniently as any server could) a management path other than /q/openapi.
 */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class HostilePathsTest {

    static final int GENERATED = 600;

    @ConfigProperty(name = "gateway.services.radar.url")
    URI standIn;

    @Test
    void generatedHostilePathsNeverReachAServicesManagementEndpoint() throws Exception {
        List<String> targets = new ArrayList<>(List.of("/api/radar//q/metrics", "/api/radar/./q/metrics",
                "/api/radar/%2e/q/health", "/api/radar/%71/metrics", "/api/radar/x/../q/metrics", "/api/radar/q;x/metrics",
                "/api/radar\\q\\metrics", "/api/radar/%252e/q/metrics", "/api/radar/q/openapi"));
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GENERATED; i++) {
            targets.add(HostilePaths.path(generated));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        int decoderRefusals = 0;
        for (String target : targets) {
            RawHttp.Response response = RawHttp.get(target);
            statuses.merge(response.status(), 1, Integer::sum);
            assertThat(response.status()).as("status of %s", generated.describe(target)).isLessThan(500);
            if (response.isDecoderRefusal()) {
                // Not HTTP at all: refused before the gateway runs. The gateway's reading refuses it too.
                decoderRefusals++;
                assertThat(gatewayRefuses(target)).as("the HTTP decoder refused %s, which the gateway would accept", target)
                        .isTrue();
            } else if (response.status() >= 400) {
                assertThat(response.header("Content-Type")).as("refusal of %s", target).startsWith("application/problem+json");
                assertThat(new JsonObject(response.text()).getInteger("status")).as("problem of %s", target)
                        .isEqualTo(response.status());
            } else if (response.text().startsWith("{\"method\"")) {
                String uri = new JsonObject(response.text()).getString("uri");
                String received = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
                assertThat(HostilePaths.serviceReceivedHiddenManagement(received))
                        .as("%s reached the service as %s", target, received).isFalse();
            }
        }
        System.out.println("hostile paths: " + targets.size() + " sent; statuses " + statuses + "; of the 400s, "
                + decoderRefusals + " by the HTTP decoder (not HTTP), the rest problems from the gateway");
        assertThat(statuses.keySet()).contains(200, 400, 404);

        String log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(standIn.resolve("/__received")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (Object received : new JsonArray(log)) {
            assertThat(HostilePaths.serviceReceivedHiddenManagement((String) received)).as("the stand-in received %s", received)
                    .isFalse();
        }
    }

    /** Whether the gateway's own reading refuses a request target (path or query); a fragment is never sent. */
    private static boolean gatewayRefuses(String target) {
        int fragment = target.indexOf('#');
        if (fragment >= 0) {
            return true;
        }
        int query = target.indexOf('?');
        try {
            EdgePath.normalise(query < 0 ? target : target.substring(0, query));
            EdgePath.checkQuery(query < 0 ? null : target.substring(query + 1));
            return false;
        } catch (EdgePath.Refused refused) {
            return true;
        }
    }

    @Test
    void theOpenApiDocumentStaysReachable() throws IOException {
        RawHttp.Response response = RawHttp.get("/api/radar/./%71/openapi");
        assertThat(response.status()).isEqualTo(200);
        assertThat(new JsonObject(response.text()).getString("uri")).isEqualTo("/q/openapi");
    }
}
