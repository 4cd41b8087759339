package org.ptce.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The two answers of access control, one wording wherever they are given (filter chain or controller advice). */
public final class AccessProblems {

    private AccessProblems() {
    }

    public static ProblemDetail unauthorized() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "A valid bearer token from the platform's identity provider is required");
        problem.setTitle("Sign-in required");
        return problem;
    }

    public static ProblemDetail forbidden() {
        return forbidden("Your role does not allow this request");
    }

    /** Refused for a reason the person should know (a rule of the data, not of the role). */
    public static ProblemDetail forbidden(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Not allowed");
        return problem;
    }
}
