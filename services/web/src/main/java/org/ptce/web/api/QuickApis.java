package org.ptce.web.api;

import java.time.Duration;

/**
 * The services' APIs with short timeouts, for what every page's header shows (« À faire »): a service that is slow
 * or down must not hold the page, which renders without what it could not read. Each request carries the signed-in
 * person's token, as with the other clients.
 */
public class QuickApis {

    /** How long a page waits for a service to accept the connection, then to answer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private final ApplicationsApi applications;
    private final PublicationApi publication;
    private final ReviewApi review;
    private final ValidationApi validation;
    private final ReviewDeskApi reviewDesk;
    private final WorkflowApi workflow;

    QuickApis(ApplicationsApi applications, PublicationApi publication, ReviewApi review, ValidationApi validation,
            ReviewDeskApi reviewDesk, WorkflowApi workflow) {
        this.applications = applications;
        this.publication = publication;
        this.review = review;
        this.validation = validation;
        this.reviewDesk = reviewDesk;
        this.workflow = workflow;
    }

    public ApplicationsApi applications() {
        return applications;
    }

    public PublicationApi publication() {
        return publication;
    }

    public ReviewApi review() {
        return review;
    }

    public ValidationApi validation() {
        return validation;
    }

    public ReviewDeskApi reviewDesk() {
        return reviewDesk;
    }

    public WorkflowApi workflow() {
        return workflow;
    }
}
