package org.ptce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * No answer of sign-in, sign-up or reset tells whether an address has an account: the same status, the same page,
 * and about the same time. The times are medians of requests sent in turn to both; the tolerance stated in the
 * README (30 ms, or a quarter of the slower) is far below what a bcrypt comparison costs (≈ 60–100 ms here), so that
 * a path skipping the hash would show.
 */
@IdentityServiceTest
class NonDisclosureTests {

    private static final int ROUNDS = 12;
    private static final String KNOWN = "porteur.sudaquitaine@example.org";

    @Test
    void signingInWithAnUnknownAddressLooksAndTakesLikeAWrongPassword() throws Exception {
        compare(address -> new ProviderPages().submit("/login", "/login",
                Map.of("username", address, "password", "not the password at all")));
    }

    @Test
    void signingUpWithAKnownAddressLooksAndTakesLikeANewOne() throws Exception {
        compare(address -> new ProviderPages().submit("/inscription", "/inscription", Map.of("displayName",
                "Quelqu'un", "email", address, "password", "une phrase assez longue pour passer", "consent", "true")));
    }

    @Test
    void askingForAResetLooksAndTakesTheSameForAnyAddress() throws Exception {
        compare(address -> new ProviderPages().submit("/mot-de-passe-oublie", "/mot-de-passe-oublie",
                Map.of("email", address)));
    }

    private void compare(Attempt attempt) throws Exception {
        attempt.send(KNOWN);
        attempt.send(SelfServiceTests.unique("chauffe"));
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        HttpResponse<String> lastKnown = null;
        HttpResponse<String> lastUnknown = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            lastKnown = attempt.send(KNOWN);
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            lastUnknown = attempt.send(SelfServiceTests.unique("inconnu"));
            unknown.add(System.nanoTime() - start);
        }
        assertThat(lastKnown.statusCode()).isEqualTo(lastUnknown.statusCode());
        assertThat(lastKnown.headers().firstValue("Location")).isEqualTo(lastUnknown.headers().firstValue("Location"));
        assertThat(ProviderPages.withoutCsrf(lastKnown.body())).isEqualTo(ProviderPages.withoutCsrf(lastUnknown.body()));
        double knownMs = median(known) / 1e6;
        double unknownMs = median(unknown) / 1e6;
        double tolerance = Math.max(30, 0.25 * Math.max(knownMs, unknownMs));
        assertThat(Math.abs(knownMs - unknownMs))
                .as("median %.1f ms for a known address, %.1f ms for an unknown one", knownMs, unknownMs)
                .isLessThan(tolerance);
    }

    private static long median(List<Long> durations) {
        var sorted = new ArrayList<>(durations);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @FunctionalInterface
    private interface Attempt {
        HttpResponse<String> send(String address) throws Exception;
    }
}
