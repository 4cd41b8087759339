package org.ptce.identity.account;

import java.time.Clock;

import org.ptce.platform.messaging.MessagePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the other services of every account not announced yet (PersonRegistered): the review service builds the
 * committee's roster from them. Runs after the demo accounts are made; an account and its announcement commit
 * together.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeopleAnnouncements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleAnnouncements.class);

    private final AccountRepository accounts;
    private final MessagePublisher messages;
    private final Clock clock;

    PeopleAnnouncements(AccountRepository accounts, MessagePublisher messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int announced = 0;
        for (Account account : accounts.findUnannounced()) {
            messages.publish(account.announce(clock.instant()));
            accounts.save(account);
            announced++;
        }
        if (announced > 0) {
            log.info("{} people announced to the other services", announced);
        }
    }
}
