package uk.gov.lga.platform.systemtest;

import uk.gov.lga.platform.client.lginform.ApiClient;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The generated LG Inform client pointed at the gateway, anonymous or with a bearer token. What the generated
 * methods cannot choose themselves goes through the client's own request interceptor: CSV rather than JSON to read
 * (a generated method accepts its operation's media types in the document's order, JSON first, and reads JSON), and
 * a CSV body for an operation whose first media type is JSON (the generated method writes JSON).
 */
final class GeneratedClients {

    private GeneratedClients() {
    }

    static ApiClient lgInform(String gatewayUrl, String token) {
        return lgInform(gatewayUrl, token, request -> { });
    }

    /** Asking for one representation (CSV) of an operation that answers JSON or CSV. */
    static ApiClient lgInformAccepting(String gatewayUrl, String mediaType) {
        return lgInform(gatewayUrl, null, request -> request.setHeader("Accept", mediaType));
    }

    /** Sending a CSV body through an operation whose generated method writes JSON. */
    static ApiClient lgInformSendingCsv(String gatewayUrl, String token, String csv) {
        return lgInform(gatewayUrl, token, request -> request.setHeader("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private static ApiClient lgInform(String gatewayUrl, String token, Consumer<HttpRequest.Builder> more) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gatewayUrl + "/api/lg-inform");
        client.setRequestInterceptor(request -> {
            if (token != null) {
                request.setHeader("Authorization", "Bearer " + token);
            }
            more.accept(request);
        });
        return client;
    }
}
