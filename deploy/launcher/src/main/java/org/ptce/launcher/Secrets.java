package org.ptce.launcher;

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
}
