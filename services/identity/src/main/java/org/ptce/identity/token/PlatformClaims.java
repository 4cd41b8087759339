package org.ptce.identity.token;

import java.util.List;

import org.ptce.identity.account.SignedInPerson;
import org.ptce.platform.security.Role;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What the services need to know of the person in their tokens: a stable id as subject (the account id, not the
 * e-mail, which may change), roles, network, and a name to show.
 */
class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // RFC 9068: the services accept access tokens only, never an ID token, which holds the same claims.
            context.getJwsHeader().type("at+jwt");
        }
        if (!(context.getPrincipal().getPrincipal() instanceof SignedInPerson person)) {
            return;
        }
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = "id_token".equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        List<String> roles = person.getAuthorities().stream()
                .map(authority -> authority.getAuthority().substring("ROLE_".length()))
                .sorted()
                .toList();
        context.getClaims().claims(claims -> {
            claims.put("sub", person.accountId().toString());
            claims.put(Role.ROLES_CLAIM, roles);
            claims.put("name", person.displayName());
            claims.put("preferred_username", person.getUsername());
            if (person.network() != null) {
                claims.put(Role.NETWORK_CLAIM, person.network().name());
            }
        });
    }
}
