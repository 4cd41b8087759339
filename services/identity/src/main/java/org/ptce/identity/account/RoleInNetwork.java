package org.ptce.identity.account;

import java.util.ArrayList;
import java.util.List;

import org.ptce.platform.security.Role;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;

/**
 * What a person does on the platform: a reviewer or a delegate for one network (a reviewer with the SIRET of the
 * organisation they work for, which keeps them off its PTCEs), a coordinator or a holder for none.
 */
public record RoleInNetwork(Role role, Network network, String organisationSiret) {

    /** The same rules as {@link #RoleInNetwork}, said field by field for a form or an API request. */
    public static RoleInNetwork of(Role role, Network network, String organisationSiret) {
        var errors = new ArrayList<FieldError>();
        String siret = organisationSiret == null || organisationSiret.isBlank() ? null
                : organisationSiret.replace(" ", "");
        if (role == null) {
            errors.add(new FieldError("role", "is required"));
        } else if (role.needsNetwork() && network == null) {
            errors.add(new FieldError("network", "is required for a reviewer or a delegate"));
        } else if (!role.needsNetwork() && network != null) {
            errors.add(new FieldError("network", "is only for a reviewer or a delegate"));
        }
        if (siret != null && role != Role.REVIEWER) {
            errors.add(new FieldError("organisationSiret", "is only for a reviewer"));
        } else if (siret != null && !siret.matches("\\d{14}")) {
            errors.add(new FieldError("organisationSiret", "must be 14 digits"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(List.copyOf(errors));
        }
        return new RoleInNetwork(role, network, siret);
    }
}
