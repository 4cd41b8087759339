package org.ptce.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The identity provider's people API: the coordinators' list of people, invitations, roles and accounts, and what
 * the provider holds about the signed-in person.
 */
public class IdentityApi {

    private final RestClient http;

    IdentityApi(RestClient http) {
        this.http = http;
    }

    public PeoplePage people(PeopleQuery query) {
        return http.get().uri(uri -> {
            // Values as template variables: encoded strictly, so that a « + » or a « & » searched stays itself.
            var values = new LinkedHashMap<String, Object>();
            UriBuilder people = uri.path("/api/people");
            optional(people, values, "network", query.network());
            optional(people, values, "role", query.role());
            optional(people, values, "status", query.status());
            optional(people, values, "q", query.q());
            optional(people, values, "page", query.page());
            optional(people, values, "size", query.size());
            return people.build(values);
        }).retrieve().body(PeoplePage.class);
    }

    public Person invite(Invitation invitation) {
        return http.post().uri("/api/people/invitations").contentType(MediaType.APPLICATION_JSON).body(invitation)
                .retrieve().body(Person.class);
    }

    public Person person(UUID personId) {
        return http.get().uri("/api/people/{id}", personId).retrieve().body(Person.class);
    }

    public Person changeRole(UUID personId, RoleInNetwork role) {
        return http.put().uri("/api/people/{id}/role", personId).contentType(MediaType.APPLICATION_JSON).body(role)
                .retrieve().body(Person.class);
    }

    public Person disable(UUID personId) {
        return http.post().uri("/api/people/{id}/disable", personId).retrieve().body(Person.class);
    }

    public Person enable(UUID personId) {
        return http.post().uri("/api/people/{id}/enable", personId).retrieve().body(Person.class);
    }

    /** Sends the invitation again, while the person has not accepted it (409 otherwise). */
    public void resendInvitation(UUID personId) {
        http.post().uri("/api/people/{id}/invitation", personId).retrieve().toBodilessEntity();
    }

    /** What was done to the account, newest first. */
    public List<PersonEvent> history(UUID personId) {
        return http.get().uri("/api/people/{id}/history", personId).retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    /** Everything the provider holds about the signed-in person (account and history), as it writes it. */
    public JsonNode myData() {
        return http.get().uri("/api/me/export").retrieve().body(JsonNode.class);
    }

    /** A criterion left blank is not sent: the API applies none. */
    private static void optional(UriBuilder uri, Map<String, Object> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }
}
