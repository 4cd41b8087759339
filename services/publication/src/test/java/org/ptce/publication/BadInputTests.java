package org.ptce.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.testing.BadInputSweep;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every operation of the API, sent broken parameters, answers a 4xx problem, never a server error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class BadInputTests {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void noBadInputReachesAServerError() {
        var outcome = BadInputSweep.against(anonymous.getRootUri())
                .as("coordinator", TestTokens.coordinator())
                .as("holder", TestTokens.holder(UUID.randomUUID().toString()))
                .run();

        assertThat(outcome.requests()).isPositive();
    }
}
