package dev.duet.collab.stack;

import dev.duet.access.Team;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tool the company pays for. {@code cost} is per {@code billing_period}; {@code annual_cost} and
 * {@code monthly_cost} follow from it (amounts are decimal strings, in the tool's {@code currency}).
 * {@code cancel_by} is the last day to give notice before {@code renewal_date}; {@code decision} is the newest audit
 * decision, if any.
 */
public record Tool(long id, String name, Category category, String vendor, Team ownerTeam, String owner,
                   String liaison, String purpose, String cost, String currency, BillingPeriod billingPeriod,
                   String annualCost, String monthlyCost, Integer seatsPaid, Integer seatsActive,
                   LocalDate contractStart, LocalDate renewalDate, Integer noticeDays, LocalDate cancelBy,
                   int reminderDays, String url, String notes, ToolDecision decision, Instant createdAt,
                   Instant updatedAt) {

    /** The tool as stored, with the figures that follow from it. */
    static Tool of(long id, ToolSpec spec, ToolDecision decision, Instant createdAt, Instant updatedAt) {
        var cancelBy = spec.renewalDate() == null || spec.noticeDays() == null ? null
                : spec.renewalDate().minusDays(spec.noticeDays());
        return new Tool(id, spec.name(), spec.category(), spec.vendor(), spec.ownerTeam(), spec.owner(), spec.liaison(),
                spec.purpose(), Money.text(spec.cost()), spec.currency(), spec.billingPeriod(),
                Money.text(spec.billingPeriod().annual(spec.cost())), Money.text(spec.billingPeriod().monthly(spec.cost())),
                spec.seatsPaid(), spec.seatsActive(), spec.contractStart(), spec.renewalDate(), spec.noticeDays(), cancelBy,
                spec.reminderDays(), spec.url(), spec.notes(), decision, createdAt, updatedAt);
    }

    Tool withDecision(ToolDecision newest) {
        return new Tool(id, name, category, vendor, ownerTeam, owner, liaison, purpose, cost, currency, billingPeriod,
                annualCost, monthlyCost, seatsPaid, seatsActive, contractStart, renewalDate, noticeDays, cancelBy,
                reminderDays, url, notes, newest, createdAt, updatedAt);
    }

    /** The cost of a year, as a number for the audit's sums. */
    BigDecimal annual() {
        return new BigDecimal(annualCost);
    }

    /** The tool's fields as an input again: what the CSV export writes and an edit starts from. */
    ToolInput input() {
        return new ToolInput(name, category.id(), vendor, ownerTeam.id(), owner, liaison, purpose, cost, currency,
                billingPeriod.id(), seatsPaid, seatsActive, text(contractStart), text(renewalDate), noticeDays,
                reminderDays, url, notes);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
