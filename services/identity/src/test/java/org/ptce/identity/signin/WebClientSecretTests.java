package org.ptce.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class WebClientSecretTests {

    private static final String REGISTERED_SECRET =
            "spring.security.oauth2.authorizationserver.client.ptce-web.registration.client-secret";

    @Test
    void withoutTheVariableTheWebClientGetsARandomSecretNobodyKnows() throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new RandomValuePropertySource());
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);

        String once = environment.getProperty(REGISTERED_SECRET);
        String again = environment.getProperty(REGISTERED_SECRET);

        assertThat(once).startsWith("{noop}").hasSizeGreaterThanOrEqualTo("{noop}".length() + 36);
        assertThat(again).isNotEqualTo(once);
        assertThatCode(() -> WebClientSecret.check(null)).as("the provider still starts").doesNotThrowAnyException();
    }

    @Test
    void aSecretShorterThanThirtyTwoCharactersStopsTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> WebClientSecret.check("secret"))
                .withMessageContaining("PTCE_WEB_CLIENT_SECRET").withMessageContaining("at least 32");
        assertThatIllegalStateException().isThrownBy(() -> WebClientSecret.check(""));
    }

    @Test
    void aLongSecretIsAccepted() {
        assertThatCode(() -> WebClientSecret.check("0123456789abcdef0123456789abcdef"))
                .doesNotThrowAnyException();
    }
}
