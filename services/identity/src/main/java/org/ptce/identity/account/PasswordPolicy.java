package org.ptce.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B, CNIL): long enough, not one of the passwords every guesser tries first,
 * not the person's own name or address. No composition rule: a long phrase is stronger than "P@ssw0rd!", and easier
 * to remember. Bcrypt reads 72 bytes at most: a longer password would be cut without a word.
 */
@Component
public class PasswordPolicy {

    public static final int SHORTEST = 12;
    public static final int LONGEST_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why the password is refused, in French, or empty when it is fine. */
    public Optional<String> refusal(String password, String displayName, String email) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of("Le mot de passe doit compter au moins " + SHORTEST + " caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            return Optional.of("Le mot de passe est trop long (" + LONGEST_BYTES + " octets au plus, soit environ "
                    + LONGEST_BYTES + " lettres sans accent).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("Ce mot de passe fait partie des plus courants : choisissez-en un autre, par exemple"
                    + " une phrase de plusieurs mots.");
        }
        String localPart = email == null ? "" : email.strip().toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        String name = displayName == null ? "" : displayName.strip().toLowerCase(Locale.ROOT);
        if ((localPart.length() >= 4 && lower.contains(localPart)) || (name.length() >= 4 && lower.contains(name))) {
            return Optional.of("Le mot de passe ne doit pas reprendre votre nom ni votre adresse électronique.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var passwords = new HashSet<String>(64_000);
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                new ClassPathResource("passwords/common-passwords.txt.gz").getInputStream()), StandardCharsets.UTF_8))) {
            in.lines().forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords cannot be read", e);
        }
        return Set.copyOf(passwords);
    }
}
