package org.ptce.web.support;

/**
 * A service a page needs whole did not answer, or answered that it failed: the French page saying the platform is
 * momentarily unavailable, rather than a page (or a file) with a part missing.
 */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
