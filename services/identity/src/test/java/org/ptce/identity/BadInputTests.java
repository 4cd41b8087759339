package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ptce.identity.client.PkceSignIn;
import org.ptce.testing.BadInputSweep;

/** Every operation of the people API, sent broken bodies and parameters, answers a 4xx problem, never a 500. */
@IdentityServiceTest
class BadInputTests {

    @Test
    void noBadInputReachesAServerError() throws Exception {
        String coordinator = new PkceSignIn(IdentityServiceTest.ISSUER)
                .signIn("coordination@labo-ess.example", "demo-coordination").accessToken();
        String reviewer = new PkceSignIn(IdentityServiceTest.ISSUER)
                .signIn("evaluation.mes@example.org", "demo-evaluation").accessToken();

        var outcome = BadInputSweep.against(IdentityServiceTest.ISSUER)
                .as("coordinator", coordinator)
                .as("reviewer", reviewer)
                .example("POST /api/people/invitations", Map.of("email", "nouvelle@example.org",
                        "displayName", "Nouvelle Évaluatrice", "role", "REVIEWER", "network", "UFISC"))
                .run();

        assertThat(outcome.answered(4)).isGreaterThan(100);
    }
}
