package org.ptce.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.identity.client.PkceSignIn;

/** The platform's HTTP APIs as a signed-in person uses them: JSON in, status and JSON out. */
final class PlatformApi {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();
    /** Longer than any request of a healthy platform takes; a request to a process that hangs gives up. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Function<PlatformService, String> serviceUrls;

    PlatformApi(Function<PlatformService, String> serviceUrls) {
        this.serviceUrls = serviceUrls;
    }

    /** The platform of the embedded default, on its default ports. */
    static PlatformApi ofDefaultPorts() {
        return new PlatformApi(service -> "http://localhost:" + service.defaultPort());
    }

    /** A person's access token, signed in at the platform's provider as a browser would. */
    String signIn(String username, String password) throws Exception {
        var signedIn = new PkceSignIn(serviceUrls.apply(PlatformService.IDENTITY)).signIn(username, password);
        if (signedIn.accessToken() == null) {
            throw new IllegalStateException("Could not sign in " + username + ": " + signedIn.signInFailure());
        }
        return signedIn.accessToken();
    }

    Response get(PlatformService service, String path, String token) throws Exception {
        return send(service, "GET", path, null, token);
    }

    Response post(PlatformService service, String path, Object body, String token) throws Exception {
        return send(service, "POST", path, body, token);
    }

    Response put(PlatformService service, String path, Object body, String token) throws Exception {
        return send(service, "PUT", path, body, token);
    }

    private Response send(PlatformService service, String method, String path, Object body, String token)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(serviceUrls.apply(service) + path))
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(method + " " + path, response.statusCode(),
                response.body().isEmpty() ? json.nullNode() : json.readTree(response.body()));
    }

    /** An API's answer: its status and its JSON body. */
    record Response(String request, int status, JsonNode body) {

        /** The answer, if its status is the expected one; otherwise the story stops, saying what went wrong. */
        Response expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException(request + " answered " + status + " (" + expected + " expected): "
                        + body);
            }
            return this;
        }
    }
}
