package org.ptce.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A local SMTP server (GreenMail) that keeps every mail the platform sends: each one is said in the launcher's output
 * and saved as an {@code .eml} file (which any mail program opens) under the data directory's {@code mail/}. Nothing
 * leaves the machine.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail server;
    private final Path saved;
    private final Thread announcer;
    private final List<MimeMessage> received = new ArrayList<>();

    private MailCatcher(GreenMail server, Path saved) {
        this.server = server;
        this.saved = saved;
        this.announcer = new Thread(this::announceNewMail, "mail-catcher");
        this.announcer.setDaemon(true);
    }

    static MailCatcher start(int port, Path saved) throws IOException {
        Files.createDirectories(saved);
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        var catcher = new MailCatcher(server, saved);
        catcher.announcer.start();
        return catcher;
    }

    int port() {
        return server.getSmtp().getPort();
    }

    Path savedIn() {
        return saved;
    }

    /** The mails received so far, oldest first. */
    synchronized List<MimeMessage> received() {
        return List.copyOf(received);
    }

    private void announceNewMail() {
        while (!Thread.currentThread().isInterrupted()) {
            MimeMessage[] all = server.getReceivedMessages();
            int known;
            synchronized (this) {
                known = received.size();
                received.addAll(Arrays.asList(all).subList(known, all.length));
            }
            for (int number = known + 1; number <= all.length; number++) {
                announce(all[number - 1], number);
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private void announce(MimeMessage mail, int number) {
        try {
            Path file = saved.resolve(String.format("%04d.eml", number));
            try (OutputStream out = Files.newOutputStream(file)) {
                mail.writeTo(out);
            }
            Log.info("Mail to " + String.join(", ", Arrays.stream(mail.getAllRecipients()).map(Object::toString)
                    .toList()) + ": « " + mail.getSubject() + " » (" + file + ")");
        } catch (IOException | MessagingException | RuntimeException e) {
            Log.warn("A mail arrived that could not be saved: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        announcer.interrupt();
        server.stop();
    }
}
