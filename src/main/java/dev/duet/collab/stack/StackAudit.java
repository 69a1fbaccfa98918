package dev.duet.collab.stack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The audit's arithmetic, pure: from the tools and a day to the figures of {@link AuditReport}. Tools in the category
 * {@code other} never count as overlapping: "other" says nothing about doing the same job.
 */
public final class StackAudit {

    public static final int DEFAULT_WITHIN_DAYS = 60;
    public static final int MAX_WITHIN_DAYS = 3_650;
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private StackAudit() {
    }

    public static AuditReport of(List<Tool> tools, LocalDate today, int withinDays) {
        var lines = tools.stream().map(StackAudit::line).toList();
        var renewals = tools.stream().filter(tool -> tool.renewalDate() != null)
                .map(tool -> renewal(tool, today))
                .filter(renewal -> renewal.daysLeft() >= 0)
                .sorted(Comparator.comparing(AuditReport.Renewal::renewalDate).thenComparing(AuditReport.Renewal::name))
                .toList();
        return new AuditReport(today, withinDays, lines, overlaps(tools, lines),
                renewals.stream().filter(renewal -> renewal.daysLeft() <= withinDays).toList(),
                renewals.stream().filter(AuditReport.Renewal::reminderDue).toList(),
                totals(lines, line -> "all"), totals(lines, line -> line.ownerTeam().id()),
                totals(lines, line -> line.category().id()));
    }

    static AuditReport.ToolLine line(Tool tool) {
        var annual = tool.annual();
        Integer paid = tool.seatsPaid();
        Integer active = tool.seatsActive();
        Integer unused = paid == null || active == null ? null : Math.max(0, paid - active);
        BigDecimal unusedCost = unused == null ? null
                : unused == 0 ? BigDecimal.ZERO : Money.per(annual.multiply(BigDecimal.valueOf(unused)), paid);
        return new AuditReport.ToolLine(tool.id(), tool.name(), tool.category(), tool.ownerTeam(), tool.currency(),
                tool.annualCost(), paid, active, Money.text(active == null ? null : Money.per(annual, active)), unused,
                Money.text(unusedCost), paid != null && active != null && active > paid, tool.decision());
    }

    static AuditReport.Renewal renewal(Tool tool, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, tool.renewalDate());
        var remindFrom = tool.renewalDate().minusDays(tool.reminderDays());
        Long daysToCancel = tool.cancelBy() == null ? null : ChronoUnit.DAYS.between(today, tool.cancelBy());
        boolean due = !today.isBefore(remindFrom) && !today.isAfter(tool.renewalDate());
        return new AuditReport.Renewal(tool.id(), tool.name(), tool.renewalDate(), daysLeft, tool.cancelBy(), daysToCancel,
                remindFrom, due, tool.annualCost(), tool.currency(), tool.decision());
    }

    private static List<AuditReport.Overlap> overlaps(List<Tool> tools, List<AuditReport.ToolLine> lines) {
        var byCategory = new TreeMap<Category, List<Tool>>();
        tools.stream().filter(tool -> tool.category() != Category.OTHER)
                .forEach(tool -> byCategory.computeIfAbsent(tool.category(), category -> new ArrayList<>()).add(tool));
        var overlaps = new ArrayList<AuditReport.Overlap>();
        byCategory.forEach((category, members) -> {
            if (members.size() < 2) return;
            var refs = members.stream().map(tool -> new AuditReport.ToolRef(tool.id(), tool.name(), tool.ownerTeam())).toList();
            var memberLines = lines.stream().filter(line -> line.category() == category).toList();
            overlaps.add(new AuditReport.Overlap(category, refs, totals(memberLines, line -> category.id())));
        });
        return overlaps;
    }

    /** Sums per group and currency, groups and currencies in alphabetical order. */
    static List<AuditReport.Total> totals(List<AuditReport.ToolLine> lines, Function<AuditReport.ToolLine, String> group) {
        record Key(String group, String currency) {
        }
        var sums = new TreeMap<Key, List<AuditReport.ToolLine>>(
                Comparator.comparing(Key::group).thenComparing(Key::currency));
        lines.forEach(line -> sums.computeIfAbsent(new Key(group.apply(line), line.currency()), key -> new ArrayList<>()).add(line));
        var totals = new ArrayList<AuditReport.Total>();
        for (Map.Entry<Key, List<AuditReport.ToolLine>> entry : sums.entrySet()) {
            var annual = sum(entry.getValue(), AuditReport.ToolLine::annualCost);
            var unused = sum(entry.getValue(), AuditReport.ToolLine::unusedSeatsAnnualCost);
            totals.add(new AuditReport.Total(entry.getKey().group(), entry.getKey().currency(), entry.getValue().size(),
                    Money.text(annual), Money.text(annual.divide(MONTHS, 2, java.math.RoundingMode.HALF_EVEN)),
                    Money.text(unused)));
        }
        return totals;
    }

    private static BigDecimal sum(List<AuditReport.ToolLine> lines, Function<AuditReport.ToolLine, String> amount) {
        return lines.stream().map(amount).filter(java.util.Objects::nonNull).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
