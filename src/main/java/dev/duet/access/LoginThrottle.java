package dev.duet.access;

import dev.duet.failure.DuetException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one email, further attempts are refused
 * for {@link #LOCKOUT}. In memory and per node; a restart forgives. Thread-safe.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private record Failures(int count, Instant since) {
    }

    static final class TooManyAttempts extends DuetException {
        TooManyAttempts() {
            super(Kind.FORBIDDEN, "too many failed sign-ins for this email; wait 15 minutes and try again");
        }
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    void checkAllowed(String email) {
        var seen = failures.get(key(email));
        if (seen == null) return;
        if (seen.since().plus(LOCKOUT).isBefore(clock.instant())) {
            failures.remove(key(email));
        } else if (seen.count() >= MAX_FAILURES) {
            throw new TooManyAttempts();
        }
    }

    void failed(String email) {
        failures.merge(key(email), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, old.since()));
    }

    void succeeded(String email) {
        failures.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
