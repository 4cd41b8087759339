package org.ptce.workflow;

import org.ptce.testing.TestServersInitializer;
import org.springframework.boot.SpringApplication;

/** Runs the service locally on real test servers (Testcontainers, or embedded when Docker is absent). */
public class TestWorkflowApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(WorkflowApplication.class);
        application.addInitializers(new TestServersInitializer());
        application.run(args);
    }
}
