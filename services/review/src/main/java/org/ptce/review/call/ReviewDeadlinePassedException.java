package org.ptce.review.call;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The call's review deadline has passed: evaluations are frozen, and nobody hands a candidacy over any more. 409, with
 * the deadline as a {@code deadline} property (ISO 8601), so that a page can say when it was.
 */
public class ReviewDeadlinePassedException extends ErrorResponseException {

    public ReviewDeadlinePassedException(String detail, Instant deadline) {
        super(HttpStatus.CONFLICT, problem(detail, deadline), null);
    }

    private static ProblemDetail problem(String detail, Instant deadline) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Deadline passed");
        problem.setProperty("deadline", deadline.toString());
        return problem;
    }
}
