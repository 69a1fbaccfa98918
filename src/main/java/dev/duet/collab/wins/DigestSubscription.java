package dev.duet.collab.wins;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where and when the weekly digest goes: POSTed to {@code url}, signed with {@code secret} as webhooks are, every
 * {@code weekday} (ISO, 1 = Monday) at {@code hour}:00 UTC, with the digest of the week that just ended.
 * {@code sentWeek} is the last week sent (or given up on after its retries). The secret is never written out after
 * it was made; {@link #secretHint()} helps tell which one a receiver holds.
 */
public record DigestSubscription(String url, String secret, String baseUrl, int weekday, int hour,
                                 boolean active, String sentWeek, int attempts, Instant nextAttemptAt, String updatedBy,
                                 Instant updatedAt) {

    /** The last four characters of the secret, as password managers show a key. */
    public String secretHint() {
        return "…" + secret.substring(Math.max(0, secret.length() - 4));
    }

    /** The instant this subscription sends in {@code week}'s following week: its weekday and hour after the week ends. */
    public Instant slotAfter(IsoWeek week) {
        return week.end().plus(weekday - 1L, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }

    /** The week whose digest is due at {@code now} (the last complete one, once this week's slot has come), if any. */
    public IsoWeek dueWeek(Instant now) {
        var last = IsoWeek.lastComplete(now);
        if (now.isBefore(slotAfter(last))) last = last.previous();
        return last;
    }

    /** When the next digest goes out: now (or at its retry) while the due week is unsent, else the next week's slot. */
    public Instant nextSendAt(Instant now) {
        var due = dueWeek(now);
        if (!due.toString().equals(sentWeek)) return nextAttemptAt != null && nextAttemptAt.isAfter(now) ? nextAttemptAt : now;
        return slotAfter(IsoWeek.of(due.end()));
    }

    public String weekdayName() {
        return DayOfWeek.of(weekday).name().charAt(0) + DayOfWeek.of(weekday).name().substring(1).toLowerCase();
    }
}
