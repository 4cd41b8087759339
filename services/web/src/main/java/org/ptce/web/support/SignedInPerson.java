package org.ptce.web.support;

import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, as the header shows them: name, roles in French words, network. */
public record SignedInPerson(String id, String name, List<String> roles, String network) {

    static SignedInPerson of(OidcUser user) {
        Object roles = user.getClaim("roles");
        List<String> names = roles instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : List.of();
        String name = user.getClaimAsString("name");
        return new SignedInPerson(user.getSubject(), name == null ? user.getPreferredUsername() : name, names,
                user.getClaimAsString("network"));
    }

    public boolean isHolder() {
        return roles.contains("HOLDER");
    }

    public boolean isReviewer() {
        return roles.contains("REVIEWER");
    }

    public boolean isCoordinator() {
        return roles.contains("COORDINATOR");
    }

    /** « porteur de projet », « évaluateur (RTES) », … */
    public String roleLabel() {
        return String.join(", ", roles.stream().map(role -> switch (role) {
            case "HOLDER" -> "porteur de projet";
            case "REVIEWER" -> "évaluateur" + (network == null ? "" : " (" + network + ")");
            case "NETWORK_DELEGATE" -> "délégué de réseau" + (network == null ? "" : " (" + network + ")");
            case "COORDINATOR" -> "coordination";
            default -> role.toLowerCase();
        }).toList());
    }
}
