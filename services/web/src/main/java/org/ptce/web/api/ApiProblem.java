package org.ptce.web.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;

/**
 * A service refused a request: its RFC 9457 problem, with the fields it names. The pages show it in French, at the
 * field when it names one.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatusCode status;
    private final List<FieldProblem> errors;
    private final Instant deadline;

    public ApiProblem(HttpStatusCode status, String title, String detail, List<FieldProblem> errors, Instant deadline) {
        super(status.value() + " " + (title == null ? "" : title) + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.deadline = deadline;
    }

    static ApiProblem read(HttpStatusCode status, byte[] body, ObjectMapper json) {
        try {
            JsonNode problem = json.readTree(body);
            if (problem == null || !problem.isObject()) {
                return new ApiProblem(status, null, null, List.of(), null);
            }
            var errors = new ArrayList<FieldProblem>();
            problem.path("errors").forEach(error -> errors.add(
                    new FieldProblem(error.path("field").asText(), error.path("message").asText())));
            Instant deadline = problem.hasNonNull("deadline") ? Instant.parse(problem.get("deadline").asText()) : null;
            return new ApiProblem(status, problem.path("title").asText(null), problem.path("detail").asText(null),
                    errors, deadline);
        } catch (Exception unreadable) {
            return new ApiProblem(status, null, null, List.of(), null);
        }
    }

    public HttpStatusCode status() {
        return status;
    }

    /** The fields the service named, in its own paths ({@code members[2].siret}). */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** The deadline that has passed, when that is why the request was refused. */
    public Instant deadline() {
        return deadline;
    }

    public boolean isDeadlinePassed() {
        return deadline != null;
    }

    /** The request named fields the service refused: 400 (malformed) or 422 (against its rules). */
    public boolean isInvalidInput() {
        return is(400) || is(422);
    }

    public boolean is(int statusCode) {
        return status.value() == statusCode;
    }

    public record FieldProblem(String field, String message) {
    }
}
