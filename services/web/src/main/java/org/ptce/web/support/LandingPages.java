package org.ptce.web.support;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;

/**
 * Each person's own page, where they land after signing in: a holder's candidacies, a reviewer's evaluations, a
 * network delegate's validations, the coordinators' people.
 */
public final class LandingPages {

    private LandingPages() {
    }

    public static String of(Collection<? extends GrantedAuthority> authorities) {
        if (has(authorities, "ROLE_COORDINATOR")) {
            return "/personnes";
        }
        if (has(authorities, "ROLE_REVIEWER")) {
            return "/evaluations";
        }
        if (has(authorities, "ROLE_NETWORK_DELEGATE")) {
            return "/validations";
        }
        if (has(authorities, "ROLE_HOLDER")) {
            return "/mes-candidatures";
        }
        return "/";
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
        return authorities != null && authorities.stream().anyMatch(authority -> role.equals(authority.getAuthority()));
    }
}
