package org.ptce.testing;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the {@link TestServers}. The servers stop in Spring Boot's shutdown handlers,
 * which run after every application context has closed, so no context loses its database while closing.
 */
public class TestServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean shutdownRegistered = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var servers = TestServers.get();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("testServers", servers.springProperties()));
        if (shutdownRegistered.compareAndSet(false, true)) {
            SpringApplication.getShutdownHandlers().add(servers::stop);
        }
    }
}
