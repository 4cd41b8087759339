package org.ptce.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out here signs out at the provider too (OpenID Connect RP-initiated logout), which then sends the browser
 * back to the home page. The provider accepts as {@code id_token_hint} only the newest ID token it issued: after a
 * refresh, that is the one the refresh answered, kept in the session for this.
 */
class SignOutAtProvider implements LogoutHandler, LogoutSuccessHandler,
        ApplicationListener<OAuth2AuthorizedClientRefreshedEvent> {

    private static final String NEWEST_ID_TOKEN = SignOutAtProvider.class.getName() + ".newestIdToken";
    private static final String END_SESSION = SignOutAtProvider.class.getName() + ".endSession";

    private final String endSessionEndpoint;

    SignOutAtProvider(String endSessionEndpoint) {
        this.endSessionEndpoint = endSessionEndpoint;
    }

    @Override
    public void onApplicationEvent(OAuth2AuthorizedClientRefreshedEvent refreshed) {
        Object idToken = refreshed.getAccessTokenResponse().getAdditionalParameters()
                .get(OidcParameterNames.ID_TOKEN);
        if (idToken instanceof String token
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(NEWEST_ID_TOKEN, token);
        }
    }

    /** Runs before the session ends: the ID token to name is still in it. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        Object newest = session == null ? null : session.getAttribute(NEWEST_ID_TOKEN);
        String idToken = newest instanceof String token ? token
                : authentication != null && authentication.getPrincipal() instanceof OidcUser user
                ? user.getIdToken().getTokenValue() : null;
        if (idToken != null) {
            String home = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                    .replacePath(request.getContextPath() + "/").replaceQuery(null).build().toUriString();
            request.setAttribute(END_SESSION, UriComponentsBuilder.fromUriString(endSessionEndpoint)
                    .queryParam("id_token_hint", idToken)
                    .queryParam("post_logout_redirect_uri", home)
                    .encode().build().toUriString());
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Object endSession = request.getAttribute(END_SESSION);
        response.sendRedirect(endSession instanceof String url ? url : request.getContextPath() + "/");
    }
}
