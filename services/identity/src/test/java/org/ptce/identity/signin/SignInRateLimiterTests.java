package org.ptce.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInRateLimiterTests {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void refusesTheAttemptsOverTheLimitUntilTheMinuteHasPassed() {
        var limiter = new SignInRateLimiter(3, clock());

        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isFalse();
        assertThat(limiter.allowed("10.0.0.2")).as("another address").isTrue();

        now = now.plus(Duration.ofSeconds(61));
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
