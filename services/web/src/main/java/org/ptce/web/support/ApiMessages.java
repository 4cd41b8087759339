package org.ptce.web.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services explain a refused field in English, for scripts; people read it in French. Each rule stays the
 * service's: this only translates what it answered.
 */
public final class ApiMessages {

    private static final Map<Pattern, String> FRENCH = new LinkedHashMap<>();
    private static final Pattern LIST_FIELD = Pattern.compile("(.*\\.)?(members|themes|communes)");

    static {
        rule("must not be (blank|null|empty)", "Ce champ est obligatoire.");
        rule("is required", "Ce champ est obligatoire.");
        rule("size must be between 0 and (\\d+)", "$1 caractères au plus.");
        rule("must be the 14 digits of a SIRET", "Un SIRET s'écrit avec 14 chiffres.");
        rule("is not a valid SIRET.*",
                "Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les 14 chiffres.");
        rule("must be an INSEE commune code.*", "Un code commune INSEE a 5 caractères (par exemple 64102 ou 2A004).");
        rule("must be the SIREN of an EPCI.*", "Le SIREN d'un EPCI s'écrit avec 9 chiffres.");
        rule("must be a département code", "Un code de département : 64, 2A ou 974 par exemple.");
        rule("must be a région code.*", "Un code de région a 2 chiffres (par exemple 75).");
        rule("must be greater than or equal to 0", "Le montant ne peut pas être négatif.");
        rule("numeric value out of bounds.*", "12 chiffres au plus avant la virgule et 2 après.");
        rule("is empty", "Le fichier est vide.");
        rule("must be a PDF document.*", "Seuls les documents PDF sont acceptés.");
        rule("is one too many.*?(\\d+) documents at most.*",
                "Une candidature compte $1 documents au plus : retirez-en un avant d'en ajouter un autre.");
        rule("is larger than the limit", "Le fichier dépasse 10 Mo, la taille la plus grande acceptée.");
        rule("must be a (boolean|number|integer|decimal).*", "Valeur non reconnue.");
        rule("must be one of .*", "Choisissez une valeur de la liste.");
        rule("is not a known field", "Champ inconnu.");
        rule("must be a well-formed email address",
                "Une adresse électronique s'écrit comme prenom.nom@exemple.fr.");
        rule("is required for a reviewer or a delegate",
                "Choisissez le réseau : un·e évaluateur·rice ou un·e délégué·e de réseau en a un.");
        rule("is only for a reviewer or a delegate",
                "Seul·e un·e évaluateur·rice ou un·e délégué·e de réseau a un réseau.");
        rule("is only for a reviewer", "Seul·e un·e évaluateur·rice indique le SIRET de son organisation.");
        rule("must be 14 digits", "Un SIRET s'écrit avec 14 chiffres.");
    }

    private ApiMessages() {
    }

    private static void rule(String english, String french) {
        FRENCH.put(Pattern.compile(english, Pattern.CASE_INSENSITIVE), french);
    }

    /** The French for what the service said of {@code field} (a list's size is counted in items). */
    public static String french(String field, String message) {
        if (message != null && LIST_FIELD.matcher(field == null ? "" : field).matches()
                && message.startsWith("size must be between 0 and ")) {
            return message.substring("size must be between 0 and ".length()) + " éléments au plus.";
        }
        return french(message);
    }

    public static String french(String message) {
        if (message != null) {
            for (var rule : FRENCH.entrySet()) {
                Matcher matcher = rule.getKey().matcher(message.strip());
                if (matcher.matches()) {
                    return matcher.replaceFirst(rule.getValue());
                }
            }
        }
        return "Valeur refusée.";
    }
}
