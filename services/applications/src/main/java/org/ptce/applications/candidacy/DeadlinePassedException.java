package org.ptce.applications.candidacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The call's deadline has passed: nothing can be written or submitted any more. 409, with the deadline in Paris. */
class DeadlinePassedException extends ErrorResponseException {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm:ss (zzz)", Locale.FRENCH);

    DeadlinePassedException(Instant deadline) {
        super(HttpStatus.CONFLICT, problem(deadline), null);
    }

    private static ProblemDetail problem(Instant deadline) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The submission deadline has passed: " + FRENCH.format(deadline.atZone(PARIS)));
        problem.setTitle("Deadline passed");
        problem.setProperty("deadline", deadline.toString());
        problem.setProperty("deadlineParis", deadline.atZone(PARIS).toOffsetDateTime().toString());
        return problem;
    }
}
