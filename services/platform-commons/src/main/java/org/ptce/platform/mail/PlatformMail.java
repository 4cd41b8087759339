package org.ptce.platform.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * How the platform writes a mail: in French, plain text with the same text as an HTML alternative, signed the same
 * way by every service that sends one.
 */
public final class PlatformMail {

    private PlatformMail() {
    }

    public static void write(MimeMessage mime, String from, String to, String subject, String text)
            throws MessagingException {
        var message = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        String signed = text + "\nCe message est envoyé par la plateforme des appels PTCE.\n";
        message.setText(signed, html(signed));
    }

    /**
     * The same text as HTML, for the mail programs that show that part: each paragraph (lines between blank lines)
     * a {@code <p>}, each line break kept, every character escaped, and a line that is a web address a link.
     */
    public static String html(String text) {
        var body = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head><body>");
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            body.append("<p>");
            String[] lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                String line = HtmlUtils.htmlEscape(lines[i].strip(), StandardCharsets.UTF_8.name());
                body.append(line.matches("https?://\\S+") ? "<a href=\"" + line + "\">" + line + "</a>" : line);
                if (i < lines.length - 1) {
                    body.append("<br>");
                }
            }
            body.append("</p>");
        }
        return body.append("</body></html>").toString();
    }
}
