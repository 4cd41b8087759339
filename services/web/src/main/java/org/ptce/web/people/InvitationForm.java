package org.ptce.web.people;

import java.util.List;

import org.ptce.web.api.Invitation;
import org.ptce.web.api.RoleInNetwork;

/** Whom a coordinator invites, as typed in the form: an address, a name, and a role with its network and SIRET. */
public class InvitationForm extends RoleForm {

    /** The fields the identity provider names, which are the form's. */
    static final List<String> FIELDS = List.of("email", "displayName", "role", "network", "organisationSiret");

    private String email;
    private String displayName;

    Invitation invitation() {
        RoleInNetwork role = roleInNetwork();
        return new Invitation(People.blankToNull(email), People.blankToNull(displayName), role.role(),
                role.network(), role.organisationSiret());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
