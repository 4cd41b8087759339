package org.ptce.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Watches the provider's password comparisons: how many ran at the same time, at most. */
public class PasswordChecks implements BeanPostProcessor {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof PasswordEncoder encoder ? new Watched(encoder) : bean;
    }

    public void reset() {
        mostAtOnce.set(0);
    }

    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    private final class Watched implements PasswordEncoder {

        private final PasswordEncoder encoder;

        Watched(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return encoder.matches(rawPassword, encodedPassword);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
