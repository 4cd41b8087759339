package org.ptce.web.people;

import java.util.List;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.support.ApiMessages;
import org.springframework.validation.BindingResult;

/** What a person may be on the platform, in the order the coordinators' pages list them. */
final class People {

    /** The networks of the inter-network committee (their French names are in messages.properties). */
    static final List<String> NETWORKS = List.of("RTES", "MES", "COORACE", "CNCRES", "UFISC", "OPALE");

    static final List<String> ROLES = List.of("REVIEWER", "NETWORK_DELEGATE", "COORDINATOR", "HOLDER");

    static final List<String> STATUSES = List.of("INVITED", "UNVERIFIED", "ACTIVE", "DISABLED");

    private People() {
    }

    static boolean needsNetwork(String role) {
        return "REVIEWER".equals(role) || "NETWORK_DELEGATE".equals(role);
    }

    static boolean hasOrganisation(String role) {
        return "REVIEWER".equals(role);
    }

    /** One of {@code values}, or {@code null}: a value typed in the address is not sent on. */
    static String known(List<String> values, String value) {
        return value != null && values.contains(value) ? value : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Puts what the identity provider refused at the form's fields it names, in French, or above the form when it
     * names none of them.
     */
    static void reject(ApiProblem problem, List<String> fields, BindingResult result, String otherwise) {
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            if (fields.contains(error.field())) {
                result.rejectValue(error.field(), "refused", ApiMessages.french(error.field(), error.message()));
                placed = true;
            }
        }
        if (!placed) {
            result.reject("refused", otherwise);
        }
    }

    /** A SIRET as typed, spaces and dots left out. */
    static String digits(String siret) {
        String value = blankToNull(siret);
        return value == null ? null : value.replaceAll("[\\s\\u00a0\\u202f.]", "");
    }
}
