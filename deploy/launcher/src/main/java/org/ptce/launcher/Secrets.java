package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Passwords the launcher makes for the accounts it creates: letters and digits, safe in SQL and URLs. */
final class Secrets {

    private static final SecureRandom random = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {
    }

    static String randomPassword(int length) {
        var password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The password kept in the given file of the data directory, made at first use, readable by its owner only. */
    static String keptIn(Path file, int length) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, randomPassword(length));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the data directory's permissions.
            }
        }
        return Files.readString(file).strip();
    }
}
