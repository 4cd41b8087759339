package org.ptce.web.export;

/**
 * A service failed while the file was being written: no page can say it any more. Left to the server, which ends the
 * response unfinished (the browser reports a failed download rather than saving a file with rows missing), or shows
 * its error page when nothing was sent yet. The failure is logged, not kept as the cause: the pages' advice would
 * take a service's refusal found among the causes for its own.
 */
class ExportInterruptedException extends RuntimeException {

    ExportInterruptedException(RuntimeException failure) {
        super("The export stopped while it was written: " + failure);
    }
}
