package org.ptce.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTests {

    private final AtomicInteger verifications = new AtomicInteger();
    private final Instant expiry = Instant.now().plusSeconds(300);

    private final JwtDecoder signatureChecking = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("signed.")) {
            throw new BadJwtException("Bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("holder")
                .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).audience(List.of("ptce-cli")).build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(signatureChecking, new JwtTimestampValidator(), 2);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        Jwt first = tokens.decode("signed.one");
        Jwt again = tokens.decode("signed.one");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenThatFailsIsNeverKept() {
        assertThatThrownBy(() -> tokens.decode("forged.one")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged.one")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        var kept = new VerifiedTokens(signatureChecking, timestamps, 2);
        kept.decode("signed.one");

        timestamps.setClock(Clock.fixed(expiry.plusSeconds(1), ZoneOffset.UTC));

        assertThatThrownBy(() -> kept.decode("signed.one")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no longer valid");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void theOldestTokensLeaveWhenTheCacheIsFull() {
        tokens.decode("signed.one");
        tokens.decode("signed.two");
        tokens.decode("signed.three");
        tokens.decode("signed.one");

        assertThat(verifications).hasValue(4);
    }
}
