package org.ptce.identity.account;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.platform.actor.CurrentActor;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo accounts of {@code seeds/accounts.json} when the embedded default asks for them
 * ({@code ptce.identity.demo-accounts}); an account that exists already is left as it is.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo account as the seed file describes it. */
    record Seed(String username, String password, String displayName, Set<Role> roles, Network network,
            String organisationSiret) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Resource seeds;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwords, ObjectMapper objectMapper, Clock clock,
            @Value("${ptce.identity.demo-accounts:#{null}}") Resource seeds) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.seeds = seeds;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (seeds == null) {
            return;
        }
        List<Seed> demo;
        try (InputStream in = seeds.getInputStream()) {
            demo = objectMapper.readValue(in, new TypeReference<>() {
            });
        }
        int created = 0;
        for (Seed seed : demo) {
            if (accounts.findByUsername(seed.username().strip().toLowerCase()).isEmpty()) {
                accounts.save(Account.create(seed.username(), passwords.encode(seed.password()), seed.displayName(),
                        seed.roles(), seed.network(), seed.organisationSiret(), clock.instant(),
                        CurrentActor.system("identity")));
                created++;
            }
        }
        log.info("Demo accounts: {} created, {} already there", created, demo.size() - created);
    }
}
