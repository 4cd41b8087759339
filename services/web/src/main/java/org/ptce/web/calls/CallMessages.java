package org.ptce.web.calls;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ptce.web.support.ApiMessages;

/**
 * What the applications service says of a call's fields, in French. The rules stay the service's: this only
 * translates its answers, field by field where the same words mean different things (a weight, a threshold).
 */
final class CallMessages {

    private static final Pattern BLANK = Pattern.compile("must not be (blank|null|empty)|is required");
    private static final Pattern LIST_SIZE = Pattern.compile("size must be between \\d+ and (\\d+)");
    private static final Pattern BOUNDS = Pattern.compile("must be between (\\S+) and (\\S+).*");

    private CallMessages() {
    }

    static String french(String field, String message) {
        String said = message == null ? "" : message.strip();
        String path = field == null ? "" : field;
        if (BLANK.matcher(said).matches()) {
            if (path.startsWith("participatingNetworks")) {
                return "Cochez au moins un réseau.";
            }
            if (path.equals("evaluationGrid") || path.equals("evaluationGrid.criteria")) {
                return "Ajoutez au moins un critère à la grille.";
            }
            return "Ce champ est obligatoire.";
        }
        if (path.endsWith(".weight")) {
            return "Un poids est un nombre entier de 1 à 10.";
        }
        if (path.endsWith("hreshold")) {
            return "Un seuil est un nombre de 0 à 5, par exemple 2,5.";
        }
        Matcher size = LIST_SIZE.matcher(said);
        if (size.matches() && path.equals("evaluationGrid.criteria")) {
            return size.group(1) + " critères au plus.";
        }
        if (size.matches() && path.equals("requiredDocuments")) {
            return size.group(1) + " documents au plus.";
        }
        if (said.equals("must be a future date") || said.equals("must be a date in the present or in the future")) {
            return "Cette date est passée : choisissez une date à venir.";
        }
        if (said.startsWith("must come after the submission deadline")) {
            return "L'évaluation se termine après la date limite de dépôt : choisissez une date plus tardive.";
        }
        if (said.equals("appears twice in the grid")) {
            return "Deux critères de la grille portent ce nom : donnez-leur des noms différents.";
        }
        if (said.startsWith("must be upper-case letters")) {
            return "Ce nom de critère n'a pas pu être enregistré : commencez-le par une lettre.";
        }
        Matcher bounds = BOUNDS.matcher(said);
        if (bounds.matches() && path.equals("completionTimeLimit")) {
            String shortest = duration(bounds.group(1));
            String longest = duration(bounds.group(2));
            if (shortest != null && longest != null) {
                return "Le délai est de " + shortest + " au moins et de " + longest + " au plus.";
            }
        }
        if (path.equals("completionTimeLimit")) {
            return "Un nombre de jours, en chiffres : 15 par exemple.";
        }
        if (path.startsWith("submissionDeadline") || path.startsWith("reviewDeadline")) {
            return said.contains("date-time") ? "Une date s'écrit comme 15/03/2027." : ApiMessages.french(said);
        }
        return ApiMessages.french(field, message);
    }

    /** « 1 jour », « 90 jours », « 10 secondes »: a duration as the service's bounds give it (PT24H). */
    static String duration(String iso) {
        try {
            Duration duration = Duration.parse(iso);
            long seconds = duration.toSeconds();
            if (seconds % 86_400 == 0) {
                return plural(seconds / 86_400, "jour");
            }
            if (seconds % 3_600 == 0) {
                return plural(seconds / 3_600, "heure");
            }
            if (seconds % 60 == 0) {
                return plural(seconds / 60, "minute");
            }
            return plural(seconds, "seconde");
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count > 1 ? "s" : "");
    }
}
