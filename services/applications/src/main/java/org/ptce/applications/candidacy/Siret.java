package org.ptce.applications.candidacy;

/**
 * The SIRET of a French establishment: 14 digits whose Luhn checksum holds (La Poste's establishments, SIREN
 * 356000000, use the sum of their digits instead, a multiple of 5).
 */
final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            int sum = 0;
            for (char digit : siret.toCharArray()) {
                sum += digit - '0';
            }
            return sum % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
