package org.ptce.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ptce.identity.IdentityServiceTest;
import org.ptce.identity.client.PkceSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newest key signs; the one it replaced is still published for a day, then deleted. */
@IdentityServiceTest
class SigningKeysTests {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    SigningKeys signingKeys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeyDueForReplacementIsReplacedThenPublishedUntilItsTokensHaveExpired() throws Exception {
        age(Duration.ofDays(91));
        String replaced = newestKeyId();

        signingKeys.rotateIfDue();

        String replacement = newestKeyId();
        assertThat(replacement).isNotEqualTo(replaced);
        assertThat(publishedKeyIds()).contains(replaced, replacement);
        assertThat(signingKeyOf(signIn())).isEqualTo(replacement);

        age(Duration.ofDays(2));
        signingKeys.rotateIfDue();

        assertThat(publishedKeyIds()).containsExactly(replacement);
        assertThat(signingKeyOf(signIn())).isEqualTo(replacement);
    }

    @Test
    void aKeyNotDueIsKept() {
        signingKeys.rotateIfDue();
        String current = newestKeyId();

        signingKeys.rotateIfDue();

        assertThat(newestKeyId()).isEqualTo(current);
    }

    private void age(Duration age) {
        jdbc.update("update signing_keys set created_at = created_at - ? * interval '1 second'", age.toSeconds());
    }

    private String newestKeyId() {
        return jdbc.queryForObject("select key_id from signing_keys order by created_at desc limit 1", String.class);
    }

    private static List<String> publishedKeyIds() throws Exception {
        var keys = json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(IdentityServiceTest.ISSUER + "/oauth2/jwks")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        return keys.get("keys").findValuesAsText("kid");
    }

    private static String signIn() throws Exception {
        return new PkceSignIn(IdentityServiceTest.ISSUER).signIn("evaluation.cncres@example.org", "demo-evaluation")
                .accessToken();
    }

    private static String signingKeyOf(String token) throws Exception {
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        return header.get("kid").asText();
    }
}
