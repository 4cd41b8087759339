package org.ptce.publication;

import org.ptce.testing.TestServersInitializer;
import org.springframework.boot.SpringApplication;

/** Runs the service locally on real test servers (Testcontainers, or embedded when Docker is absent). */
public class TestPublicationApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(PublicationApplication.class);
        application.addInitializers(new TestServersInitializer());
        application.run(args);
    }
}
