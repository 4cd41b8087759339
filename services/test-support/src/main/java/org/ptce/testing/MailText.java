package org.ptce.testing;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What a test reads of a mail the platform sent: its plain-text part, and the link with a token in it. */
public final class MailText {

    private static final Pattern LINK = Pattern.compile("(http://\\S+jeton=([A-Za-z0-9_-]+))");

    private MailText() {
    }

    /** The plain-text part, wherever it is in the multipart alternative. */
    public static String of(Part mail) {
        try {
            String text = plainText(mail);
            if (text == null) {
                throw new AssertionError("The mail has no plain-text part");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link of the text that carries a token. */
    public static String link(String text) {
        return linkMatch(text).group(1);
    }

    /** That link's token. */
    public static String token(String text) {
        return linkMatch(text).group(2);
    }

    private static Matcher linkMatch(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link in the mail: " + text);
        }
        return link;
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
