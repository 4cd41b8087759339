package org.ptce.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ptce.review.api.Network;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in person of the current request, as their token describes them: the rules on the data (own
 * candidacies, own network) are checked against this.
 */
public record PlatformUser(String id, String name, Set<Role> roles, Network network) {

    /** The person of the current request, if one is signed in. */
    public static Optional<PlatformUser> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** The person of the current request; only for code that runs behind an authenticated endpoint. */
    public static PlatformUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in person for this request"));
    }

    public static PlatformUser of(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        var claimed = token.getClaimAsStringList(Role.ROLES_CLAIM);
        if (claimed != null) {
            for (String role : claimed) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException unknownRole) {
                    // A role of another application of the same provider: not ours, grants nothing here.
                }
            }
        }
        String network = token.getClaimAsString(Role.NETWORK_CLAIM);
        Network parsed = null;
        if (network != null) {
            try {
                parsed = Network.valueOf(network);
            } catch (IllegalArgumentException unknownNetwork) {
                // No network of the committee: the person speaks for none.
            }
        }
        String name = token.getClaimAsString("name");
        return new PlatformUser(token.getSubject(), name != null ? name : token.getSubject(), Set.copyOf(roles),
                parsed);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
