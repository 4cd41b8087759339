package org.ptce.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A person signed in to the web application as the provider's ID token would say: subject, name, role, network. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static OidcLoginRequestPostProcessor person(String subject, String role, String name) {
        return person(subject, role, name, null);
    }

    public static OidcLoginRequestPostProcessor person(String subject, String role, String name, String network) {
        return oidcLogin().idToken(token -> {
            token.subject(subject).claim("name", name).claim("roles", List.of(role));
            if (network != null) {
                token.claim("network", network);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
