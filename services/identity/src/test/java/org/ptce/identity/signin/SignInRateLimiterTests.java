package org.ptce.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInRateLimiterTests {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void refusesTheAttemptsOverTheLimitUntilTheMinuteHasPassed() {
        var limiter = new SignInRateLimiter(3, request -> false, clock());

        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
        assertThat(limiter.allowed("10.0.0.1")).isFalse();
        assertThat(limiter.allowed("10.0.0.2")).as("another address").isTrue();

        now = now.plus(Duration.ofSeconds(61));
        assertThat(limiter.allowed("10.0.0.1")).isTrue();
    }

    @Test
    void aRequestThatProvesAClientSecretIsNotCountedAndOthersFromItsAddressStillAre() throws Exception {
        var limiter = new SignInRateLimiter(1, request -> request.getHeader("Authorization") != null, clock());

        for (int request = 0; request < 5; request++) {
            assertThat(status(limiter, tokenRequest("Basic proven"))).isEqualTo(200);
        }
        assertThat(status(limiter, tokenRequest(null))).isEqualTo(200);
        assertThat(status(limiter, tokenRequest(null))).isEqualTo(429);
    }

    private static MockHttpServletRequest tokenRequest(String authorization) {
        var request = new MockHttpServletRequest("POST", "/oauth2/token");
        request.setRemoteAddr("10.0.0.9");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static int status(SignInRateLimiter limiter, MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
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
