package dev.duet.collab.stack;

import dev.duet.access.Team;
import dev.duet.failure.Problems;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/**
 * The rules a tool must meet before anything is written; every problem is reported under {@code prefix.field}
 * ({@code tool.cost} for the API, {@code line 3.cost} for a CSV import). Seats active above seats paid is allowed: it
 * happens (a true-up is due) and the audit flags it rather than refusing the truth.
 */
final class ToolRules {

    static final int DEFAULT_REMINDER_DAYS = 30;
    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 2_000;
    static final int MAX_DAYS = 3_650;
    static final int MAX_SEATS = 1_000_000;
    static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    private ToolRules() {
    }

    static ToolSpec check(ToolInput input, String prefix, Problems problems) {
        if (input == null) {
            problems.add(prefix, "is required: send {\"tool\": {\"name\": ..., \"category\": ..., ...}}");
            return null;
        }
        var field = new Fields(prefix, problems);
        var name = field.text("name", input.name(), MAX_NAME, true);
        var category = field.choice("category", input.category(), Category::of, Category.choices());
        var team = field.choice("owner_team", input.ownerTeam(), Team::of, "marketing, it");
        var cost = cost(field, input.cost());
        var currency = currency(field, input.currency());
        var period = field.choice("billing_period", input.billingPeriod(), BillingPeriod::of, "monthly, yearly");
        var seatsPaid = field.count("seats_paid", input.seatsPaid(), MAX_SEATS);
        var seatsActive = field.count("seats_active", input.seatsActive(), MAX_SEATS);
        var start = field.date("contract_start", input.contractStart());
        var renewal = field.date("renewal_date", input.renewalDate());
        if (start != null && renewal != null && renewal.isBefore(start)) {
            problems.add(prefix + ".renewal_date", "must not be before contract_start (" + start + "), got " + renewal);
        }
        var notice = field.count("notice_days", input.noticeDays(), MAX_DAYS);
        var reminder = field.count("reminder_days", input.reminderDays(), MAX_DAYS);
        var url = url(field, input.url());
        return new ToolSpec(name, category, field.text("vendor", input.vendor(), MAX_NAME, false), team,
                field.text("owner", input.owner(), MAX_NAME, false), field.text("liaison", input.liaison(), MAX_NAME, false),
                field.text("purpose", input.purpose(), MAX_TEXT, false), cost, currency, period, seatsPaid, seatsActive,
                start, renewal, notice, reminder == null ? DEFAULT_REMINDER_DAYS : reminder, url,
                field.text("notes", input.notes(), MAX_TEXT, false));
    }

    private static BigDecimal cost(Fields field, String raw) {
        if (blank(raw)) {
            field.problem("cost", "is required: a decimal amount such as 1200.00 (0 for free tools)");
            return null;
        }
        try {
            var cost = new BigDecimal(raw.strip());
            if (cost.signum() < 0) field.problem("cost", "must not be negative, got " + raw.strip());
            else if (cost.scale() > 2) field.problem("cost", "must have at most 2 decimals, got " + raw.strip());
            else if (cost.compareTo(MAX_COST) >= 0) field.problem("cost", "must be below " + MAX_COST.toPlainString());
            else return cost;
        } catch (NumberFormatException e) {
            field.problem("cost", "must be a decimal amount such as 1200.00, got " + raw.strip());
        }
        return null;
    }

    private static String currency(Fields field, String raw) {
        if (blank(raw)) {
            field.problem("currency", "is required: an ISO 4217 code such as EUR or USD");
            return null;
        }
        var code = raw.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3) return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            // reported below, as for a code of the wrong length
        }
        field.problem("currency", "must be an ISO 4217 currency code such as EUR or USD, got " + raw.strip());
        return null;
    }

    private static String url(Fields field, String raw) {
        if (blank(raw)) return null;
        var text = raw.strip();
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && text.length() <= MAX_TEXT) return text;
        } catch (URISyntaxException e) {
            // reported below
        }
        field.problem("url", "must be an http(s) address such as https://vendor.example/login, got " + text);
        return null;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Reads the simple fields of one input, reporting under its prefix. */
    private record Fields(String prefix, Problems problems) {

        void problem(String name, String message) {
            problems.add(prefix + "." + name, message);
        }

        String text(String name, String raw, int max, boolean required) {
            if (blank(raw)) {
                if (required) problem(name, "is required");
                return null;
            }
            var text = raw.strip();
            if (text.length() > max) problem(name, "must be at most " + max + " characters");
            else if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
                problem(name, "must not contain control characters");
            }
            return text;
        }

        <T> T choice(String name, String raw, java.util.function.Function<String, java.util.Optional<T>> of, String choices) {
            if (blank(raw)) {
                problem(name, "is required: one of " + choices);
                return null;
            }
            var found = of.apply(raw.strip().toLowerCase(Locale.ROOT));
            if (found.isEmpty()) problem(name, "must be one of " + choices + ", got " + raw.strip());
            return found.orElse(null);
        }

        Integer count(String name, Integer value, int max) {
            if (value == null) return null;
            if (value < 0) problem(name, "must not be negative, got " + value);
            else if (value > max) problem(name, "must be at most " + max + ", got " + value);
            return value;
        }

        LocalDate date(String name, String raw) {
            if (blank(raw)) return null;
            try {
                return LocalDate.parse(raw.strip());
            } catch (DateTimeParseException e) {
                problem(name, "must be a date as yyyy-mm-dd, got " + raw.strip());
                return null;
            }
        }
    }
}
