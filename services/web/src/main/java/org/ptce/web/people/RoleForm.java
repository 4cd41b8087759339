package org.ptce.web.people;

import java.util.List;

import org.ptce.web.api.Person;
import org.ptce.web.api.RoleInNetwork;

/**
 * A person's role as a coordinator chooses it in a form: a network only for a reviewer or a delegate, a SIRET only
 * for a reviewer. What the role does not take is not sent, whatever the form still shows (without JavaScript, the
 * network and SIRET fields stay on the page for every role).
 */
public class RoleForm {

    /** The fields the identity provider names, which are the form's. */
    static final List<String> FIELDS = List.of("role", "network", "organisationSiret");

    private String role;
    private String network;
    private String organisationSiret;

    static RoleForm of(Person person) {
        var form = new RoleForm();
        form.role = person.role();
        form.network = person.network();
        form.organisationSiret = person.organisationSiret();
        return form;
    }

    RoleInNetwork roleInNetwork() {
        String chosen = People.blankToNull(role);
        return new RoleInNetwork(chosen, People.needsNetwork(chosen) ? People.blankToNull(network) : null,
                People.hasOrganisation(chosen) ? People.digits(organisationSiret) : null);
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getOrganisationSiret() {
        return organisationSiret;
    }

    public void setOrganisationSiret(String organisationSiret) {
        this.organisationSiret = organisationSiret;
    }
}
