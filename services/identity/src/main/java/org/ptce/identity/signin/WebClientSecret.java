package org.ptce.identity.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The web application's client secret ({@code ptce-web}), given by the environment. Unset, the client keeps a random
 * secret nobody knows (application.yml): the provider starts for scripts and tests without the web, and the web
 * cannot sign anyone in. Set, it must be long: token requests that prove it are not rate-limited, and wrong guesses
 * are limited per address only, which a guesser with many addresses gets around.
 */
@Component
class WebClientSecret {

    static final String VARIABLE = "PTCE_WEB_CLIENT_SECRET";
    static final int SHORTEST = 32;
    private static final Logger log = LoggerFactory.getLogger(WebClientSecret.class);

    WebClientSecret(Environment environment) {
        check(environment.getProperty(VARIABLE));
    }

    static void check(String secret) {
        if (secret == null) {
            log.warn("{} is not set: the web application (client ptce-web) cannot sign anyone in", VARIABLE);
            return;
        }
        if (secret.length() < SHORTEST) {
            throw new IllegalStateException(VARIABLE + " must be at least " + SHORTEST
                    + " characters long (for instance: openssl rand -hex 32), not " + secret.length());
        }
    }
}
