package org.ptce.identity.signin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Whether a token request carries the right secret of a confidential client, in HTTP Basic as the token endpoint
 * reads it (RFC 6749 §2.3.1: both parts form-encoded). The web application exchanges every person's codes and
 * refreshes every person's tokens from its one address: those requests must not count towards that address's limit.
 */
final class ClientSecretProof implements Predicate<HttpServletRequest> {

    private static final String TOKEN_ENDPOINT = "/oauth2/token";

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
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)
                || !request.getRequestURI().equals(request.getContextPath() + TOKEN_ENDPOINT)) {
            return false;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            if (colon <= 0) {
                return false;
            }
            String clientId = URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(credentials.substring(colon + 1), StandardCharsets.UTF_8);
            RegisteredClient client = clients.findByClientId(clientId);
            return !secret.isEmpty() && client != null && client.getClientSecret() != null
                    && client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    && (client.getClientSecretExpiresAt() == null
                            || client.getClientSecretExpiresAt().isAfter(clock.instant()))
                    && passwordEncoder.matches(secret, client.getClientSecret());
        } catch (IllegalArgumentException malformed) {
            // Not Base64, not form-encoded, or a stored secret without its encoder's prefix: the endpoint refuses it.
            return false;
        }
    }
}
