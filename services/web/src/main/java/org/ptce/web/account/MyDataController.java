package org.ptce.web.account;

import java.time.Clock;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.support.ServiceUnavailableException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.ResourceAccessException;

/**
 * The signed-in person's copy of what the platform holds about them, as one JSON file: their account and its history
 * (identity provider), a holder's candidacies and notifications, a reviewer's assignments. Each part as its service
 * writes it. Whole or not at all: a service that does not answer gives the page saying so, never a file with a part
 * missing.
 */
@Controller
class MyDataController {

    static final String FILENAME = "mes-donnees-ptce.json";

    private final IdentityApi identity;
    private final ApplicationsApi applications;
    private final PublicationApi publication;
    private final ReviewApi review;
    private final ObjectMapper json;
    private final Clock clock;

    MyDataController(IdentityApi identity, ApplicationsApi applications, PublicationApi publication,
            ReviewApi review, ObjectMapper json, Clock clock) {
        this.identity = identity;
        this.applications = applications;
        this.publication = publication;
        this.review = review;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/mes-donnees.json")
    ResponseEntity<byte[]> myData(Authentication person) throws JsonProcessingException {
        ObjectNode data = json.createObjectNode();
        data.put("exportedAt", clock.instant().toString());
        data.set("identity", whole("identity", identity::myData));
        if (has(person, "ROLE_HOLDER")) {
            data.set("candidacies", whole("applications", applications::myCandidaciesAsWritten));
            data.set("notifications", whole("publication", publication::myNotificationsAsWritten));
        }
        if (has(person, "ROLE_REVIEWER")) {
            data.set("assignments", whole("review", review::myAssignmentsAsWritten));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(FILENAME).build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
    }

    /**
     * One service's part. A service that cannot be reached, fails, or answers nothing makes the whole file
     * unavailable; what it refuses (the session ended, 401) goes on to the pages' usual answer.
     */
    private static JsonNode whole(String service, Supplier<JsonNode> part) {
        try {
            JsonNode answer = part.get();
            if (answer == null || answer.isMissingNode()) {
                throw new ServiceUnavailableException(service + " answered nothing", null);
            }
            return answer;
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailableException(service + " could not be reached", unreachable);
        } catch (ApiProblem problem) {
            if (problem.status().is5xxServerError()) {
                throw new ServiceUnavailableException(service + " failed: " + problem.getMessage(), problem);
            }
            throw problem;
        }
    }

    private static boolean has(Authentication person, String role) {
        return person.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role::equals);
    }
}
