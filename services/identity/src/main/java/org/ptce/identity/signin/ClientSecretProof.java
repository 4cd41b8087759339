package org.ptce.identity.signin;

import java.time.Clock;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.web.authentication.ClientSecretBasicAuthenticationConverter;

/**
 * Whether a token request carries the right secret of a confidential client, in HTTP Basic as the token endpoint
 * reads it (RFC 6749 §2.3.1: both parts form-encoded). The web application exchanges every person's codes and
 * refreshes every person's tokens from its one address: those requests must not count towards that address's limit.
 */
final class ClientSecretProof implements Predicate<HttpServletRequest> {

    private static final String TOKEN_ENDPOINT = "/oauth2/token";
    private static final ClientSecretBasicAuthenticationConverter BASIC = new ClientSecretBasicAuthenticationConverter();

    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ClientSecretProof(RegisteredClientRepository clients, PasswordEncoder passwordEncoder, Clock clock) {
        this.clients = clients;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public boolean test(HttpServletRequest request) {
        if (!request.getRequestURI().equals(request.getContextPath() + TOKEN_ENDPOINT)) {
            return false;
        }
        try {
            // The token endpoint's own reading of the header.
            if (!(BASIC.convert(request) instanceof OAuth2ClientAuthenticationToken credentials)
                    || !(credentials.getCredentials() instanceof String secret) || secret.isEmpty()) {
                return false;
            }
            RegisteredClient client = clients.findByClientId((String) credentials.getPrincipal());
            return client != null && client.getClientSecret() != null
                    && client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    && (client.getClientSecretExpiresAt() == null
                            || client.getClientSecretExpiresAt().isAfter(clock.instant()))
                    && passwordEncoder.matches(secret, client.getClientSecret());
        } catch (OAuth2AuthenticationException | IllegalArgumentException malformed) {
            // A malformed header, or a stored secret without its encoder's prefix: the endpoint refuses it.
            return false;
        }
    }
}
