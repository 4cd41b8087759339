package org.ptce.publication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.ptce.testing.WithTestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with an SMTP server to write to (GreenMail), its queues drained every second; one application context
 * for every test class that extends it. The server runs as long as the tests' JVM, so that it keeps the port the
 * cached context writes to; each test writes to addresses of its own.
 */
@SpringBootTest(properties = "ptce.publication.mail.interval=PT1S")
@WithTestServers
public abstract class WithSmtpServer {

    protected static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }
}
