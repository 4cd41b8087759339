package org.ptce.web.awaiting;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Whom something awaits: their subject at the provider, and their platform roles (HOLDER, REVIEWER, …) as the pages'
 * access rules read them, from the authorities.
 */
record Person(String id, Set<String> roles) {

    static final String HOLDER = "HOLDER";
    static final String REVIEWER = "REVIEWER";
    static final String NETWORK_DELEGATE = "NETWORK_DELEGATE";
    static final String COORDINATOR = "COORDINATOR";

    /** The person signed in on this request; {@code null} for a visitor. */
    static Person signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String id = authentication.getPrincipal() instanceof OidcUser user ? user.getSubject()
                : authentication.getName();
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Person(id, roles);
    }

    boolean has(String role) {
        return roles.contains(role);
    }
}
