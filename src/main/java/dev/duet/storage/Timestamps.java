package dev.duet.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps are stored as fixed-width ISO-8601 UTC text ({@code 2026-11-23T14:05:09.123Z}) so that text order is time
 * order in every database. Event ingestion formats and parses one or more per event, so the common case (years 0 to
 * 9999, the exact stored shape) is done digit by digit; anything else goes through {@link DateTimeFormatter} and
 * {@link Instant#parse}, with their results and exceptions.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Where the stored shape has a separator rather than a digit. */
    private static final String SHAPE = "0000-00-00T00:00:00.000Z";

    private Timestamps() {
    }

    public static String format(Instant instant) {
        if (instant == null) return null;
        var time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        var text = SHAPE.toCharArray();
        digits(text, 0, 4, time.getYear());
        digits(text, 5, 2, time.getMonthValue());
        digits(text, 8, 2, time.getDayOfMonth());
        digits(text, 11, 2, time.getHour());
        digits(text, 14, 2, time.getMinute());
        digits(text, 17, 2, time.getSecond());
        digits(text, 20, 3, instant.getNano() / 1_000_000);
        return new String(text);
    }

    public static Instant parse(String text) {
        if (text == null) return null;
        if (!storedShape(text)) return Instant.parse(text);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text); // days 29 to 31 depend on the month: let java.time decide
        }
        long epochSecond = LocalDateTime.of(number(text, 0, 4), month, day, hour, minute, second).toEpochSecond(ZoneOffset.UTC);
        return Instant.ofEpochSecond(epochSecond, number(text, 20, 3) * 1_000_000L);
    }

    private static boolean storedShape(String text) {
        if (text.length() != SHAPE.length()) return false;
        for (int i = 0; i < SHAPE.length(); i++) {
            char expected = SHAPE.charAt(i);
            char c = text.charAt(i);
            if (expected == '0' ? c < '0' || c > '9' : c != expected) return false;
        }
        return true;
    }

    private static void digits(char[] text, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) value = value * 10 + (text.charAt(i) - '0');
        return value;
    }
}
