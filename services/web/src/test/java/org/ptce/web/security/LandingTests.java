package org.ptce.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing in as the browser does it: to the provider, and back with a code. The provider is played by this test: the
 * code names the role the person has.
 */
@WebPageTest(LandingTests.Home.class)
@Import(LandingTests.Provider.class)
class LandingTests {

    @Controller
    static class Home {

        @GetMapping("/")
        @ResponseBody
        String home() {
            return "accueil";
        }
    }

    /** The provider's answers: a token response whose ID token carries the role, and the ID token read back. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Provider {

        @Bean
        OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenEndpoint() {
            return grant -> {
                String role = grant.getAuthorizationExchange().getAuthorizationResponse().getCode();
                Object nonce = grant.getAuthorizationExchange().getAuthorizationRequest().getAdditionalParameters()
                        .get("nonce");
                return OAuth2AccessTokenResponse.withToken("access-token").tokenType(OAuth2AccessToken.TokenType.BEARER)
                        .expiresIn(900).scopes(Set.of("openid", "profile"))
                        .additionalParameters(Map.of("id_token", role + " " + nonce)).build();
            };
        }

        @Bean
        JwtDecoderFactory<ClientRegistration> idTokens() {
            return registration -> token -> {
                String[] roleAndNonce = token.split(" ");
                return Jwt.withTokenValue(token).header("alg", "RS256").issuer("http://localhost:9000")
                        .subject("person-1").audience(List.of("ptce-web")).issuedAt(Instant.now())
                        .expiresAt(Instant.now().plusSeconds(900)).claim("nonce", roleAndNonce[1])
                        .claim("name", "Claire Morvan").claim("roles", List.of(roleAndNonce[0])).build();
            };
        }
    }

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"HOLDER, /mes-candidatures", "REVIEWER, /evaluations", "COORDINATOR, /personnes",
            "NETWORK_DELEGATE, /validations"})
    void eachPersonWhoSignsInFromTheHeaderLandsOnTheirOwnPage(String role, String page) throws Exception {
        var session = new MockHttpSession();

        assertThat(signIn(session, role)).isEqualTo(page);
    }

    @Test
    void aPageAskedForBeforeSigningInIsTheOneShownAfterwardsWhateverTheRole() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(get("/personnes?role=REVIEWER&page=3").session(session))
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/platform"));

        assertThat(signIn(session, "COORDINATOR")).startsWith("http://localhost/personnes?role=REVIEWER&page=3");
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToSigningInAndBackToItsPage() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/candidatures/{id}", "00000000-0000-0000-0000-0000000000cd").session(session)
                        .header("Referer", "http://localhost/candidatures/00000000-0000-0000-0000-0000000000cd")
                        .param("_csrf", "a-token-of-a-session-that-ended"))
                .andExpect(redirectedUrl("/candidatures/00000000-0000-0000-0000-0000000000cd"));
        mvc.perform(get("/candidatures/{id}", "00000000-0000-0000-0000-0000000000cd").session(session))
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/platform"));

        assertThat(signIn(session, "HOLDER"))
                .startsWith("http://localhost/candidatures/00000000-0000-0000-0000-0000000000cd");
    }

    /** Goes to the provider and comes back with a code for {@code role}: where the browser is sent then. */
    private String signIn(MockHttpSession session, String role) throws Exception {
        String toProvider = mvc.perform(get("/oauth2/authorization/platform").session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(toProvider).startsWith("http://localhost:9000/oauth2/authorize?");
        String state = URLDecoder.decode(UriComponentsBuilder.fromUriString(toProvider).build().getQueryParams()
                .getFirst("state"), StandardCharsets.UTF_8);
        return mvc.perform(get("/login/oauth2/code/platform").param("code", role).param("state", state)
                        .session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }
}
