package dev.duet.storage;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The digit-by-digit path must write and read exactly what java.time does, for every instant. */
class TimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void formats_and_parses_as_java_time_does() {
        var random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            var instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L), random.nextInt(1_000_000_000));
            var text = Timestamps.format(instant);
            assertThat(text).isEqualTo(REFERENCE.format(instant.truncatedTo(ChronoUnit.MILLIS)));
            assertThat(Timestamps.parse(text)).isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
        }
    }

    @Test
    void edges_of_days_months_leap_years_and_the_epoch() {
        for (var text : new String[]{"1970-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z", "2026-12-31T23:59:59.000Z",
                "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-01-31T12:00:00.500Z"}) {
            assertThat(Timestamps.parse(text)).as(text).isEqualTo(Instant.parse(text));
            assertThat(Timestamps.format(Timestamps.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void other_shapes_and_impossible_dates_behave_as_instant_parse() {
        assertThat(Timestamps.parse("2026-11-23T14:05:09Z")).isEqualTo(Instant.parse("2026-11-23T14:05:09Z"));
        assertThat(Timestamps.parse("2026-11-23T14:05:09.123456Z")).isEqualTo(Instant.parse("2026-11-23T14:05:09.123456Z"));
        assertThatThrownBy(() -> Timestamps.parse("2026-02-30T00:00:00.000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-13-01T00:00:00.000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-11-23 14:05:09.123Z")).isInstanceOf(DateTimeException.class);
        assertThat(Timestamps.parse(null)).isNull();
        assertThat(Timestamps.format(null)).isNull();
        assertThat(Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo(REFERENCE.format(Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
