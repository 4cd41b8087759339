package org.ptce.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The person may know the thing exists but may not do or see this with it yet (another reviewer's evaluation before
 * their own is in): 403, saying why.
 */
public class ForbiddenException extends ErrorResponseException {

    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, AccessProblems.forbidden(detail), null);
    }
}
