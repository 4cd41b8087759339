package org.ptce.identity;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.ptce.testing.MailText;

/**
 * The SMTP server the provider writes to in the tests (GreenMail), on the fixed port {@link IdentityServiceTest}
 * configures, started once for the tests' JVM so that the cached context keeps writing to it. Each test writes to
 * addresses of its own.
 */
public final class TestMailbox implements BeforeAllCallback {

    static final int PORT = 13025;
    private static final GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Started by the class's initialisation, before any application context.
    }

    /** The mails to this address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (boundedly) for the n-th mail to this address, and answers its plain text. */
    public static String awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        return text(to(address).get(count - 1));
    }

    /** The link's token in a mail's text. */
    public static String token(String text) {
        return MailText.token(text);
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage mail) {
        return MailText.of(mail);
    }
}
