package dev.duet.collab.stack;

import dev.duet.failure.InvalidInput;
import dev.duet.failure.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stack's tools as a CSV file: a header row naming the columns, then one tool per row. Import checks every row
 * before anything is written and reports problems as {@code line N.column}. Columns may come in any order and
 * optional ones may be left out; integrations and decisions are not part of the file. Free-text cells are written
 * guarded against spreadsheet formulas ({@link Csv#formulaGuarded}) and read back unguarded; numbers, dates and
 * choices are written plain, since their rules never let them start like a formula.
 */
final class ToolsCsv {

    static final List<String> COLUMNS = List.of("name", "category", "vendor", "owner_team", "owner", "liaison", "purpose",
            "cost", "currency", "billing_period", "seats_paid", "seats_active", "contract_start", "renewal_date",
            "notice_days", "reminder_days", "url", "notes");
    static final List<String> REQUIRED = List.of("name", "category", "owner_team", "cost", "currency", "billing_period");
    static final int MAX_ROWS = 2_000;

    private ToolsCsv() {
    }

    static String write(List<Tool> tools) {
        var rows = new ArrayList<List<String>>();
        rows.add(COLUMNS);
        for (var tool : tools) {
            var in = tool.input();
            rows.add(java.util.Arrays.asList(guarded(in.name()), in.category(), guarded(in.vendor()), in.ownerTeam(),
                    guarded(in.owner()), guarded(in.liaison()), guarded(in.purpose()), in.cost(), in.currency(),
                    in.billingPeriod(), text(in.seatsPaid()), text(in.seatsActive()),
                    in.contractStart(), in.renewalDate(), text(in.noticeDays()), text(in.reminderDays()), guarded(in.url()),
                    guarded(in.notes())));
        }
        return Csv.write(rows);
    }

    /** Every row of the file as a checked tool, or an {@link InvalidInput} listing every problem of every line. */
    static List<ToolSpec> read(String text) {
        var rows = Csv.read(text);
        if (rows.isEmpty()) throw InvalidInput.field("line 1", "is empty; the first line must name the columns: " + String.join(",", COLUMNS));
        var header = header(rows.getFirst());
        if (rows.size() - 1 > MAX_ROWS) throw InvalidInput.field("body", "has " + (rows.size() - 1) + " tools; import at most " + MAX_ROWS + " at once");
        var problems = new Problems();
        var specs = new ArrayList<ToolSpec>();
        var lineOfName = new HashMap<String, Integer>();
        for (var row : rows.subList(1, rows.size())) {
            var prefix = "line " + row.line();
            if (row.fields().size() != header.size()) {
                problems.add(prefix, "has " + row.fields().size() + " fields but the header names " + header.size());
                continue;
            }
            var values = new HashMap<String, String>();
            for (int i = 0; i < header.size(); i++) values.put(header.get(i), row.fields().get(i));
            var spec = ToolRules.check(input(values, prefix, problems), prefix, problems);
            if (spec.name() != null) {
                var first = lineOfName.putIfAbsent(spec.nameKey(), row.line());
                if (first != null) problems.add(prefix + ".name", spec.name() + " is already on line " + first);
            }
            specs.add(spec);
        }
        problems.throwIfAny();
        return specs;
    }

    private static List<String> header(Csv.Row row) {
        var problems = new Problems();
        var names = row.fields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        for (var name : names) {
            if (!COLUMNS.contains(name)) problems.add("line 1", "names an unknown column " + name + "; columns are " + String.join(",", COLUMNS));
            else if (names.indexOf(name) != names.lastIndexOf(name)) problems.add("line 1", "names the column " + name + " twice");
        }
        for (var required : REQUIRED) {
            if (!names.contains(required)) problems.add("line 1", "must name the column " + required);
        }
        problems.throwIfAny();
        return names;
    }

    private static ToolInput input(Map<String, String> values, String prefix, Problems problems) {
        return new ToolInput(unguarded(values, "name"), values.get("category"), unguarded(values, "vendor"),
                values.get("owner_team"), unguarded(values, "owner"), unguarded(values, "liaison"),
                unguarded(values, "purpose"), values.get("cost"), values.get("currency"),
                values.get("billing_period"), whole(values, "seats_paid", prefix, problems),
                whole(values, "seats_active", prefix, problems), values.get("contract_start"), values.get("renewal_date"),
                whole(values, "notice_days", prefix, problems), whole(values, "reminder_days", prefix, problems),
                unguarded(values, "url"), unguarded(values, "notes"));
    }

    /** A free-text cell as the file holds it, without the apostrophe export put before a formula character. */
    private static String unguarded(Map<String, String> values, String column) {
        return Csv.formulaUnguarded(values.get(column));
    }

    private static Integer whole(Map<String, String> values, String column, String prefix, Problems problems) {
        var raw = values.get(column);
        if (raw == null || raw.isBlank()) return null;
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            problems.add(prefix + "." + column, "must be a whole number, got " + raw.strip());
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** A free-text cell for the file, guarded so a spreadsheet shows it as text rather than running it as a formula. */
    private static String guarded(String value) {
        return Csv.formulaGuarded(value);
    }
}
