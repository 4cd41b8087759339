package org.ptce.identity.signin;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most so many sign-in and token requests per minute from one address, then 429
 * until the minute has passed. (Repeated failures on one account also lock it: see the accounts.) A token request
 * that proves a confidential client's secret is not counted: the web application sends everyone's from one address.
 */
class SignInRateLimiter extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;
    // Addresses are forgotten once quiet for a minute, so that many visitors do not fill the memory.
    private static final int FORGET_ABOVE_ADDRESSES = 10_000;

    private final int attemptsPerMinute;
    private final Predicate<HttpServletRequest> uncounted;
    private final Clock clock;
    private final Map<String, Deque<Long>> attemptsByAddress = new ConcurrentHashMap<>();

    SignInRateLimiter(int attemptsPerMinute, Predicate<HttpServletRequest> uncounted) {
        this(attemptsPerMinute, uncounted, Clock.systemUTC());
    }

    SignInRateLimiter(int attemptsPerMinute, Predicate<HttpServletRequest> uncounted, Clock clock) {
        this.attemptsPerMinute = attemptsPerMinute;
        this.uncounted = uncounted;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (uncounted.test(request) || allowed(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "60");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"Too many attempts","status":429,\
                "detail":"Too many sign-in attempts from this address; try again in a minute"}""");
    }

    boolean allowed(String address) {
        long now = clock.millis();
        if (attemptsByAddress.size() > FORGET_ABOVE_ADDRESSES) {
            forgetQuietAddresses(now);
        }
        Deque<Long> attempts = attemptsByAddress.computeIfAbsent(address, ignored -> new ArrayDeque<>());
        synchronized (attempts) {
            while (!attempts.isEmpty() && attempts.peekFirst() <= now - WINDOW_MILLIS) {
                attempts.pollFirst();
            }
            if (attempts.size() >= attemptsPerMinute) {
                return false;
            }
            attempts.addLast(now);
            return true;
        }
    }

    private void forgetQuietAddresses(long now) {
        attemptsByAddress.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                Long last = entry.getValue().peekLast();
                return last == null || last <= now - WINDOW_MILLIS;
            }
        });
    }
}
