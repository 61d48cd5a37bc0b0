package uk.gov.lga.platform.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.lga.platform.gateway.config.GatewayConfig;
import uk.gov.lga.platform.gateway.routing.ServiceRoute;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The gateway is ready when every service behind it says it is ready. */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    GatewayConfig config;

    /** For tests that check readiness without the container. */
    public void setConfig(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        List<ServiceRoute> routes = ServiceRoute.all(config);
        Map<String, CompletableFuture<String>> checks = routes.stream().collect(Collectors.toMap(
                ServiceRoute::name, this::readiness, (a, b) -> a, java.util.LinkedHashMap::new));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        checks.forEach((name, state) -> {
            String value = state.join();
            response.withData(name, value);
            if (!"UP".equals(value)) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<String> readiness(ServiceRoute route) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(route.url() + "/q/health/ready"))
                .timeout(config.healthTimeout()).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (" + r.statusCode() + ")")
                .exceptionally(e -> "UNREACHABLE");
    }
}
