package dev.duet.collab.goals;

import dev.duet.access.Team;
import dev.duet.collab.goals.GoalInputs.CheckInInput;
import dev.duet.collab.goals.GoalInputs.DriverInput;
import dev.duet.collab.goals.GoalInputs.KeyResultInput;
import dev.duet.collab.goals.GoalInputs.ObjectiveInput;
import dev.duet.collab.goals.GoalRepository.KeyResultFields;
import dev.duet.collab.goals.GoalRepository.ObjectiveFields;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.InvalidInput.Problem;
import dev.duet.monitoring.OperationalMetric;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Checks goal inputs field by field and collects every problem, so one 400 names them all. Existence of linked
 * people, spaces, stories and experiments is checked by {@link GoalLinks}; parent cycles by {@link Goals}.
 */
final class GoalRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;

    private final List<Problem> problems = new ArrayList<>();

    static ObjectiveFields objective(ObjectiveInput input) {
        var rules = new GoalRules();
        var title = rules.title("title", input.title());
        var description = rules.text("description", input.description());
        var period = rules.period(input);
        var status = input.status() == null ? ObjectiveStatus.ACTIVE
                : rules.choice("status", ObjectiveStatus.of(input.status()).orElse(null), input.status(), ObjectiveStatus.values());
        rules.done();
        return new ObjectiveFields(title, description, period, input.ownerUserId(), input.parentId(), status);
    }

    static KeyResultFields keyResult(KeyResultInput input) {
        var rules = new GoalRules();
        var title = rules.title("title", input.title());
        var team = rules.required("owner_team", input.ownerTeam()) == null ? null
                : rules.choice("owner_team", Team.of(input.ownerTeam()).orElse(null), input.ownerTeam(), Team.values());
        var type = rules.required("type", input.type()) == null ? null
                : rules.choice("type", ValueType.of(input.type()).orElse(null), input.type(), ValueType.values());
        var direction = input.direction() == null ? Direction.INCREASE_TO
                : rules.choice("direction", Direction.of(input.direction()).orElse(null), input.direction(), Direction.values());
        String currency = rules.currency(type, input.currency());
        double start = input.startValue() == null ? 0 : input.startValue();
        Double target = input.targetValue();
        if (type == ValueType.BOOLEAN) {
            start = 0;
            target = 1.0;
        } else if (target == null) {
            rules.problem("target_value", "required");
        }
        if (type == ValueType.PERCENT && target != null && (target < 0 || start < 0)) {
            rules.problem("target_value", "a percentage cannot be negative");
        }
        if (target != null && direction != null) rules.directionFits(direction, start, target);
        double weight = input.weight() == null ? 1 : input.weight();
        if (!(weight > 0) || weight > 1000) rules.problem("weight", "must be above 0 and at most 1000, got " + weight);
        var driver = rules.driver(input.driver());
        rules.done();
        return new KeyResultFields(title, team, input.ownerUserId(), type, currency, start, target, direction, weight, driver);
    }

    /** The check-in's confidence as a number 0–1 (null when not given); the value is required. */
    static Double checkIn(CheckInInput input) {
        var rules = new GoalRules();
        if (input.value() == null) rules.problem("value", "required");
        else if (!Double.isFinite(input.value())) rules.problem("value", "must be a finite number");
        Double confidence = null;
        var raw = input.confidence();
        if (raw != null && !raw.isNull()) {
            if (raw.isNumber() && raw.asDouble() >= 0 && raw.asDouble() <= 1) confidence = raw.asDouble();
            else if (raw.isTextual()) confidence = switch (raw.asText()) {
                case "low" -> 0.2;
                case "medium" -> 0.5;
                case "high" -> 0.8;
                default -> null;
            };
            if (confidence == null) rules.problem("confidence", "must be a number from 0 to 1 or low, medium or high, got " + raw);
        }
        if (input.comment() != null && input.comment().length() > MAX_TEXT) {
            rules.problem("comment", "must be at most " + MAX_TEXT + " characters");
        }
        rules.done();
        return confidence;
    }

    private Driver driver(DriverInput input) {
        if (input == null || input.kind() == null) return new Driver.Manual(Driver.Manual.DEFAULT_STALE_AFTER_DAYS);
        return switch (input.kind()) {
            case "manual" -> {
                int days = input.staleAfterDays() == null ? Driver.Manual.DEFAULT_STALE_AFTER_DAYS : input.staleAfterDays();
                if (days < 1 || days > 365) problem("driver.stale_after_days", "must be from 1 to 365, got " + days);
                yield new Driver.Manual(days);
            }
            case "operational" -> {
                var metric = OperationalMetric.of(String.valueOf(input.metric())).orElse(null);
                if (metric == null) problem("driver.metric", "must be one of " + ids(OperationalMetric.values()) + ", got " + input.metric());
                yield new Driver.Operational(metric);
            }
            case "insights" -> insights(input);
            default -> {
                problem("driver.kind", "must be manual, insights or operational, got " + input.kind());
                yield null;
            }
        };
    }

    private Driver insights(DriverInput input) {
        if (input.spaceId() == null) problem("driver.space_id", "required for an insights driver");
        var metric = Driver.LiveMetric.of(String.valueOf(input.metric())).orElse(null);
        if (metric == null) problem("driver.metric", "must be one of " + ids(Driver.LiveMetric.values()) + ", got " + input.metric());
        var window = input.window() == null ? Driver.Window.LAST_28_DAYS : Driver.Window.of(input.window()).orElse(null);
        if (window == null) problem("driver.window", "must be one of " + ids(Driver.Window.values()) + ", got " + input.window());
        boolean experiment = metric == Driver.LiveMetric.EXPERIMENT_GOAL;
        if (experiment) {
            if (blank(input.experimentKey())) problem("driver.experiment_key", "required for experiment_goal");
            if (input.variation() == null || input.variation() < 0) problem("driver.variation", "required: the variation's index (0 is control)");
            if (blank(input.goal())) problem("driver.goal", "required: the name of one of the experiment's goal metrics");
            if (input.storyId() != null) problem("driver.story_id", "an experiment goal is read for the experiment, not a story");
        } else if (input.experimentKey() != null) {
            problem("driver.experiment_key", "only for the metric experiment_goal");
        }
        return new Driver.Insights(input.spaceId() == null ? 0 : input.spaceId(), metric, input.storyId(),
                experiment ? input.experimentKey() : null, experiment ? input.variation() : null,
                experiment ? input.goal() : null, window);
    }

    private void directionFits(Direction direction, double start, double target) {
        if (direction == Direction.INCREASE_TO && target < start) {
            problem("target_value", "must not be below start_value (" + start + ") to increase to it");
        }
        if (direction == Direction.DECREASE_TO && target > start) {
            problem("target_value", "must not be above start_value (" + start + ") to decrease to it");
        }
        if (!Double.isFinite(start) || !Double.isFinite(target)) problem("target_value", "must be a finite number");
    }

    private String currency(ValueType type, String code) {
        if (type != ValueType.CURRENCY) {
            if (code != null) problem("currency", "only for the type currency");
            return null;
        }
        if (code == null || !code.matches("[A-Z]{3}")) {
            problem("currency", "required for the type currency: an ISO 4217 code like EUR, got " + code);
            return null;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problem("currency", "is not an ISO 4217 currency code: " + code);
            return null;
        }
    }

    private GoalPeriod period(ObjectiveInput input) {
        boolean custom = input.startDate() != null || input.endDate() != null;
        if (input.period() != null && custom) {
            problem("period", "send a quarter or start_date and end_date, not both");
            return null;
        }
        if (input.period() != null) {
            try {
                return GoalPeriod.quarter(input.period());
            } catch (InvalidInput e) {
                problem("period", "must be a quarter like 2026-Q4, got " + input.period());
                return null;
            }
        }
        if (!custom) {
            problem("period", "required: a quarter like 2026-Q4, or start_date and end_date");
            return null;
        }
        var start = date("start_date", input.startDate());
        var end = date("end_date", input.endDate());
        if (start == null || end == null) return null;
        if (end.isBefore(start)) problem("end_date", "must not be before start_date (" + start + ")");
        return new GoalPeriod(null, start, end);
    }

    private LocalDate date(String field, String raw) {
        if (raw == null) {
            problem(field, "required with a custom period");
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be a date like 2026-10-01, got " + raw);
            return null;
        }
    }

    private String title(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "required");
            return null;
        }
        if (value.strip().length() > MAX_TITLE) problem(field, "must be at most " + MAX_TITLE + " characters");
        return value.strip();
    }

    private String text(String field, String value) {
        if (value == null) return "";
        if (value.length() > MAX_TEXT) problem(field, "must be at most " + MAX_TEXT + " characters");
        return value.strip();
    }

    private String required(String field, String value) {
        if (value == null || value.isBlank()) problem(field, "required");
        return value == null || value.isBlank() ? null : value;
    }

    private <T> T choice(String field, T found, String raw, Object[] options) {
        if (found == null) problem(field, "must be one of " + ids(options) + ", got " + raw);
        return found;
    }

    private static String ids(Object[] options) {
        return String.join(", ", Arrays.stream(options).map(GoalRules::id).toList());
    }

    private static String id(Object option) {
        return switch (option) {
            case Team team -> team.id();
            case ValueType type -> type.id();
            case Direction direction -> direction.id();
            case ObjectiveStatus status -> status.id();
            case OperationalMetric metric -> metric.id();
            case Driver.LiveMetric metric -> metric.id();
            case Driver.Window window -> window.id();
            default -> option.toString().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }

    private void done() {
        if (problems.isEmpty()) return;
        throw new InvalidInput("invalid goal: " + problems.stream().map(Problem::toString).toList(), List.copyOf(problems));
    }
}
