package org.ptce.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@WebPageTest(SignOutTests.Home.class)
class SignOutTests {

    /** Any page: signing out is the security chain's. */
    @Controller
    static class Home {

        @GetMapping("/")
        @ResponseBody
        String home() {
            return "accueil";
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ClientRegistrationRepository registrations;

    @Test
    void signingOutEndsTheSessionAtTheProviderWhichSendsTheBrowserHome() throws Exception {
        mvc.perform(post("/deconnexion").with(oidcLogin().idToken(token -> token.tokenValue("the-id-token")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", allOf(startsWith("http://localhost:9000/connect/logout?"),
                        containsString("id_token_hint=the-id-token"),
                        containsString("post_logout_redirect_uri=http://localhost/"))));
    }

    @Test
    void afterARefreshTheNewestIdTokenIsTheOneNamedToTheProvider() throws Exception {
        var signOut = new SignOutAtProvider("http://localhost:9000/connect/logout");
        var request = new MockHttpServletRequest("POST", "/deconnexion");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", Instant.now(),
                    Instant.now().plusSeconds(900));
            signOut.onApplicationEvent(new OAuth2AuthorizedClientRefreshedEvent(
                    OAuth2AccessTokenResponse.withToken("access").tokenType(OAuth2AccessToken.TokenType.BEARER)
                            .additionalParameters(Map.of("id_token", "refreshed-id-token")).build(),
                    new OAuth2AuthorizedClient(registrations.findByRegistrationId("platform"), "holder",
                            accessToken)));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        var signedInWith = new OidcIdToken("first-id-token", Instant.now(), Instant.now().plusSeconds(900),
                Map.of("sub", "holder"));
        var person = new TestingAuthenticationToken(new DefaultOidcUser(List.of(), signedInWith), null);

        signOut.logout(request, new MockHttpServletResponse(), person);
        var response = new MockHttpServletResponse();
        signOut.onLogoutSuccess(request, response, person);

        assertThat(response.getRedirectedUrl()).contains("id_token_hint=refreshed-id-token")
                .doesNotContain("first-id-token");
    }
}
