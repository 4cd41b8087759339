package org.ptce.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request whose fields are well-formed but break a rule of the domain (an unknown network, a deadline in the past):
 * 422 with the fields named.
 */
public class InvalidFieldException extends ErrorResponseException {

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(errors), null);
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : "Several fields break the rules of the platform");
        problem.setTitle("Invalid field");
        problem.setProperty("errors", errors);
        return problem;
    }
}
