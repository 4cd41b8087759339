package org.ptce.identity.account;

import org.ptce.identity.account.AccountHistory.Actor;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A platform started without demo accounts has nobody to invite the committee: when no account may coordinate, the
 * address given in {@code ptce.identity.first-coordinator} is invited as a coordinator, and chooses a password from
 * the mail. Nothing happens once a coordinator exists.
 */
@Component
@Order(1)
class FirstCoordinator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstCoordinator.class);

    private final People people;
    private final String email;

    FirstCoordinator(People people, @Value("${ptce.identity.first-coordinator:}") String email) {
        this.people = people;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.anyCoordinator()) {
            return;
        }
        if (email.isBlank()) {
            log.warn("No account may coordinate, and ptce.identity.first-coordinator names nobody to invite");
            return;
        }
        try {
            people.invite(email, "Coordination", RoleInNetwork.of(Role.COORDINATOR, null, null),
                    new Actor("identity", "La plateforme"));
        } catch (ConflictException taken) {
            log.warn("No account may coordinate, and {} has an account already: give it the role in the database", email);
            return;
        }
        log.info("No account could coordinate: {} is invited as the first coordinator (see the mail)", email);
    }
}
