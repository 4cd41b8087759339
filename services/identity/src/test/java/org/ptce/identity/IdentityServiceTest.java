package org.ptce.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.testing.WithTestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The provider on a fixed port (its issuer is its address), the demo accounts of the seeds, the web application's
 * client with a known secret, on the embedded database and broker; one application context for every test class that
 * carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=" + IdentityServiceTest.PORT, "management.server.port=0",
        "spring.security.oauth2.authorizationserver.issuer=" + IdentityServiceTest.ISSUER,
        "ptce.identity.demo-accounts=file:../../seeds/accounts.json",
        "ptce.identity.sign-in-attempts-per-minute=1000",
        "PTCE_WEB_CLIENT_SECRET=" + IdentityServiceTest.WEB_CLIENT_SECRET,
        "PTCE_WEB_BASE_URL=" + IdentityServiceTest.WEB_BASE_URL,
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + TestMailbox.PORT,
        "ptce.identity.mail.interval=PT0.2S"})
@ExtendWith(TestMailbox.class)
@WithTestServers
@Import(PasswordChecks.class)
public @interface IdentityServiceTest {

    int PORT = 19000;
    String ISSUER = "http://localhost:" + PORT;
    String WEB_CLIENT_SECRET = "the-web-applications-test-secret-0123456789";
    /** Nothing listens there: the tests read where the provider sends the browser, and go no further. */
    String WEB_BASE_URL = "http://localhost:18080";
}
