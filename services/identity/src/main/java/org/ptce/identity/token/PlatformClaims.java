package org.ptce.identity.token;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ptce.identity.account.Accounts;
import org.ptce.identity.account.SignedInPerson;
import org.ptce.platform.security.Role;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What the services need to know of the person in their tokens: a stable id as subject (the account id, not the
 * e-mail, which may change), roles, network, and a name to show. Read from the account each time, so that a refresh
 * token outliving a disabled account gets nothing more.
 */
class PlatformClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;

    PlatformClaims(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessToken) {
            // RFC 9068: the services accept access tokens only, never an ID token, which holds the same claims.
            context.getJwsHeader().type("at+jwt");
        }
        if (!accessToken && !idToken) {
            return;
        }
        SignedInPerson person = accounts.activePerson(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The account can no longer sign in", null)));
        // An ArrayList, not Stream.toList(): the claims are kept with the authorization in the database, and read back
        // (refresh, sign-out) only for the collection types Spring Security's JSON allowlist names.
        List<String> roles = person.roles().stream().map(Role::name).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        context.getClaims().claims(claims -> {
            claims.put("sub", person.accountId().toString());
            claims.put(Role.ROLES_CLAIM, roles);
            claims.put("name", person.displayName());
            claims.put("preferred_username", person.username());
            if (person.network() != null) {
                claims.put(Role.NETWORK_CLAIM, person.network().name());
            }
        });
    }
}
