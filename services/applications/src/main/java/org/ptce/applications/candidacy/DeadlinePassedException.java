package org.ptce.applications.candidacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A deadline has passed (the call's, or the one to answer a completion request): nothing can be written or sent any
 * more. 409, with the deadline in Paris.
 */
class DeadlinePassedException extends ErrorResponseException {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm:ss (zzz)", Locale.FRENCH);

    static final String SUBMISSION = "submission deadline";
    static final String COMPLETION = "completion deadline";

    DeadlinePassedException(String which, Instant deadline) {
        super(HttpStatus.CONFLICT, problem(which, deadline), null);
    }

    private static ProblemDetail problem(String which, Instant deadline) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The " + which + " has passed: " + FRENCH.format(deadline.atZone(PARIS)));
        problem.setTitle("Deadline passed");
        problem.setProperty("deadline", deadline.toString());
        problem.setProperty("deadlineParis", deadline.atZone(PARIS).toOffsetDateTime().toString());
        return problem;
    }
}
