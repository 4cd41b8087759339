package org.ptce.identity.account;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts of {@code seeds/accounts.json} when the embedded default asks for them
 * ({@code ptce.identity.demo-accounts}), as an invitation accepted at once ({@link People#seed}); an account that
 * exists already is left as it is. Without them (docker-compose's default), the first coordinator is invited by
 * {@link FirstCoordinator}.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** One demo account as the seed file describes it. */
    record Seed(String username, String password, String displayName, Set<Role> roles, Network network,
            String organisationSiret) {
    }

    private final People people;
    private final ObjectMapper objectMapper;
    private final Resource seeds;

    DemoAccounts(People people, ObjectMapper objectMapper, ResourceLoader resources,
            @Value("${ptce.identity.demo-accounts:}") String seeds) {
        this.people = people;
        this.objectMapper = objectMapper;
        // Empty (PTCE_DEMO_ACCOUNTS= in docker-compose): no demo accounts.
        this.seeds = seeds.isBlank() ? null : resources.getResource(seeds);
    }

    @Override
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
            if (people.seed(seed.username(), seed.displayName(), seed.password(), seed.roles(), seed.network(),
                    seed.organisationSiret())) {
                created++;
            }
        }
        log.info("Demo accounts: {} created, {} already there", created, demo.size() - created);
    }
}
