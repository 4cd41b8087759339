package org.ptce.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.WebProperties;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;

/** The people API as the identity provider answers it over HTTP: what is asked, and how answers are read. */
class IdentityApiTests {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final List<String> asked = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private HttpServer provider;
    private int status;
    private String answer;
    private IdentityApi identity;

    @BeforeEach
    void provider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", this::answer);
        provider.start();
        URI address = URI.create("http://127.0.0.1:" + provider.getAddress().getPort());
        var properties = new WebProperties(URI.create("http://localhost:9000"), "ptce-web", "secret", null, null,
                new WebProperties.Services(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                        URI.create("http://localhost:8083"), URI.create("http://localhost:8084"), address));
        identity = new ServiceClients().identityApi(RestClient.builder(), properties,
                mock(OAuth2AuthorizedClientManager.class), json);
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Test
    void theListIsAskedWithTheCriteriaGivenEncodedAsTheyWereTyped() {
        status = 200;
        answer = """
                {"items": [{"personId": "00000000-0000-0000-0000-0000000000a1", "email": "martine@example.fr",
                  "displayName": "Martine Roussel", "role": "REVIEWER", "network": "RTES",
                  "organisationSiret": "00558486773671", "status": "ACTIVE", "createdAt": "2026-12-02T10:00:00Z",
                  "changedAt": "2027-01-02T10:00:00Z"}],
                 "page": 2, "size": 50, "totalItems": 2345}""";

        PeoplePage page = identity.people(new PeopleQuery("RTES", null, "ACTIVE", "a+b & c", 2, 50));

        assertThat(asked).containsExactly("GET /api/people?network=RTES&status=ACTIVE&q=a%2Bb%20%26%20c&page=2&size=50");
        assertThat(page.totalItems()).isEqualTo(2345);
        assertThat(page.totalPages()).isEqualTo(47);
        assertThat(page.items()).singleElement().satisfies(person -> {
            assertThat(person.personId()).isEqualTo(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
            assertThat(person.network()).isEqualTo("RTES");
            assertThat(person.createdAt()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        });
    }

    @Test
    void anInvitationIsPostedAsJsonAndItsFieldErrorsAreRead() throws Exception {
        status = 422;
        answer = """
                {"type": "about:blank", "title": "Invalid request", "status": 422,
                 "errors": [{"field": "email", "message": "must be a well-formed email address"}]}""";

        assertThatThrownBy(() -> identity.invite(new Invitation("martine@", "Martine Roussel", "REVIEWER", "RTES",
                null)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.isInvalidInput()).isTrue();
                    assertThat(problem.errors()).containsExactly(
                            new ApiProblem.FieldProblem("email", "must be a well-formed email address"));
                });
        assertThat(asked).containsExactly("POST /api/people/invitations");
        assertThat(json.readTree(bodies.get(0))).isEqualTo(json.readTree("""
                {"email": "martine@", "displayName": "Martine Roussel", "role": "REVIEWER", "network": "RTES",
                 "organisationSiret": null}"""));
    }

    @Test
    void anAddressThatHasAnAccountIsAConflict() {
        status = 409;
        answer = "{\"title\": \"Conflict\", \"detail\": \"An account exists for this address\"}";

        assertThatThrownBy(() -> identity.invite(new Invitation("a@b.fr", "A", "HOLDER", null, null)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.is(409)).isTrue());
    }

    @Test
    void theAccountsActionsGoToTheirOwnAddresses() throws Exception {
        UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        status = 200;
        answer = "{\"personId\": \"" + id + "\", \"status\": \"DISABLED\"}";
        identity.disable(id);
        identity.enable(id);
        identity.changeRole(id, new RoleInNetwork("NETWORK_DELEGATE", "MES", null));
        status = 202;
        answer = null;
        identity.resendInvitation(id);
        status = 200;
        answer = "[{\"action\": \"INVITED\", \"actorName\": \"Claire Morvan (coordination)\","
                + " \"at\": \"2026-12-02T10:00:00Z\", \"detail\": null}]";
        List<PersonEvent> history = identity.history(id);
        answer = "{\"account\": {\"email\": \"a@b.fr\"}, \"history\": []}";
        var mine = identity.myData();

        assertThat(asked).containsExactly("POST /api/people/" + id + "/disable", "POST /api/people/" + id + "/enable",
                "PUT /api/people/" + id + "/role", "POST /api/people/" + id + "/invitation",
                "GET /api/people/" + id + "/history", "GET /api/me/export");
        assertThat(json.readTree(bodies.get(2))).isEqualTo(json.readTree("""
                {"role": "NETWORK_DELEGATE", "network": "MES", "organisationSiret": null}"""));
        assertThat(history).containsExactly(new PersonEvent("INVITED", "Claire Morvan (coordination)",
                Instant.parse("2026-12-02T10:00:00Z"), null));
        assertThat(mine.path("account").path("email").asText()).isEqualTo("a@b.fr");
    }

    @Test
    void withoutAnAddressOfItsOwnThePeopleApiIsAtTheIssuer() {
        var properties = new WebProperties(URI.create("http://localhost:9000"), "ptce-web", "secret", null, null,
                new WebProperties.Services(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                        URI.create("http://localhost:8083"), URI.create("http://localhost:8084"), null));

        assertThat(properties.identityService()).isEqualTo(URI.create("http://localhost:9000"));
        assertThat(properties.accountPage()).isEqualTo("http://localhost:9000/compte");
    }
}
