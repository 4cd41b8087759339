package org.ptce.platform.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** The problem bodies built in more than one place: the 400 naming its fields, and writing one from a filter. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A 400 whose {@code errors} list each offending field, sorted by field, and whose detail says them all. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        var sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, sorted.isEmpty()
                ? "The request is invalid"
                : sorted.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", sorted);
        return problem;
    }

    /** Answers with the problem, for the filters and handlers that run outside Spring MVC's exception handling. */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper objectMapper)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
