package dev.duet.browser;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Times for the editor's schedule picker in browser tests. */
final class ScheduledMinute {

    private ScheduledMinute() {
    }

    /**
     * The picker takes whole minutes: waits until the next minute in {@code zone} is 5 to 15 seconds away and answers
     * it, so a plan is "a few seconds ahead" yet still in the future when it is sent.
     */
    static ZonedDateTime soon(ZoneId zone) {
        while (true) {
            var now = ZonedDateTime.now(zone);
            if (now.getSecond() >= 45 && now.getSecond() < 55) return now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
