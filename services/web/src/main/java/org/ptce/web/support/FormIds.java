package org.ptce.web.support;

import org.springframework.stereotype.Component;

/**
 * HTML ids for a form's fields, so that a label, a help text and an error name the same field: {@code members[2].siret}
 * is {@code members-2-siret}. Used by the templates as {@code #ids}.
 */
@Component
public class FormIds {

    public String of(String field) {
        return field.replace("].", "-").replace("[", "-").replace("]", "").replace(".", "-");
    }

    /** What describes a field to assistive technologies: its help text, if any, and its error. */
    public String describedBy(String field, String hint) {
        return (hint == null ? "" : "hint-" + of(field) + " ") + error(field);
    }

    public String error(String field) {
        return "err-" + of(field);
    }
}
