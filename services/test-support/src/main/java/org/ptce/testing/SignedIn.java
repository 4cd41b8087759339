package org.ptce.testing;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made by a signed-in person of a given role, as the resource server would see their token. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor coordinator() {
        return person(UUID.randomUUID().toString(), "COORDINATOR", null);
    }

    public static RequestPostProcessor holder(String personId) {
        return person(personId, "HOLDER", null);
    }

    public static RequestPostProcessor reviewer(String network) {
        return person(UUID.randomUUID().toString(), "REVIEWER", network);
    }

    public static RequestPostProcessor delegate(String network) {
        return person(UUID.randomUUID().toString(), "NETWORK_DELEGATE", network);
    }

    public static RequestPostProcessor person(String personId, String role, String network) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(token -> {
                    token.subject(personId).claim("roles", List.of(role));
                    if (network != null) {
                        token.claim("network", network);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
