package org.ptce.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ptce.identity.IdentityServiceTest;
import org.ptce.identity.client.PkceSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The provider's authorizations are kept in the database, and deleted once nothing in them can be used. */
@IdentityServiceTest
class ExpiredAuthorizationsTests {

    private static final String USERNAME = "evaluation.opale@example.org";

    @Autowired
    ExpiredAuthorizations expiredAuthorizations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuthorizationIsKeptWhileItsTokensAreValid() throws Exception {
        assertThat(new PkceSignIn(IdentityServiceTest.ISSUER).signIn(USERNAME, "demo-evaluation").tokenStatus())
                .isEqualTo(200);
        assertThat(authorizations()).isPositive();

        expiredAuthorizations.delete();
        assertThat(authorizations()).as("still valid").isPositive();

        jdbc.update("""
                update oauth2_authorization
                set authorization_code_expires_at = now() - interval '1 minute',
                    access_token_expires_at = now() - interval '1 minute',
                    oidc_id_token_expires_at = now() - interval '1 minute',
                    refresh_token_expires_at = case when refresh_token_value is null then null
                                                    else now() - interval '1 minute' end
                where principal_name = ?""", USERNAME);
        expiredAuthorizations.delete();

        assertThat(authorizations()).isZero();
    }

    private int authorizations() {
        return jdbc.queryForObject("""
                select count(*) from oauth2_authorization
                where principal_name = ? and access_token_value is not null""",
                Integer.class, USERNAME);
    }
}
