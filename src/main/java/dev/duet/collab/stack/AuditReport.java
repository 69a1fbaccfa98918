package dev.duet.collab.stack;

import dev.duet.access.Team;

import java.time.LocalDate;
import java.util.List;

/**
 * The stack audit as of a day. Amounts are decimal strings in each tool's own currency; totals are per currency,
 * never converted (Duet knows no exchange rates, and a rate picked silently would make the sums look surer than they
 * are).
 */
public record AuditReport(LocalDate asOf, int withinDays, List<ToolLine> tools, List<Overlap> overlaps,
                          List<Renewal> renewals, List<Renewal> dueReminders, List<Total> totals,
                          List<Total> totalsByTeam, List<Total> totalsByCategory) {

    /**
     * One tool's figures. {@code cost_per_active_seat} is the annual cost over the active seats (null without active
     * seats); {@code unused_seats} are paid but not active, and {@code unused_seats_annual_cost} their share of the
     * annual cost; {@code over_deployed} says more seats are active than paid (a true-up may be due).
     */
    public record ToolLine(long toolId, String name, Category category, Team ownerTeam, String currency,
                           String annualCost, Integer seatsPaid, Integer seatsActive, String costPerActiveSeat,
                           Integer unusedSeats, String unusedSeatsAnnualCost, boolean overDeployed,
                           ToolDecision decision) {
    }

    /** A category with more than one tool: candidates to consolidate. */
    public record Overlap(Category category, List<ToolRef> tools, List<Total> annualCost) {
    }

    public record ToolRef(long toolId, String name, Team ownerTeam) {
    }

    /**
     * A renewal: days left until it, the last day to give notice ({@code cancel_by}, null without a notice period)
     * and the days left until then (negative once it passed), and whether its reminder window has begun.
     */
    public record Renewal(long toolId, String name, LocalDate renewalDate, long daysLeft, LocalDate cancelBy,
                          Long daysToCancel, LocalDate remindFrom, boolean reminderDue, String annualCost,
                          String currency, ToolDecision decision) {
    }

    /** The sum over a group ({@code all}, a team or a category) in one currency. */
    public record Total(String group, String currency, int tools, String annualCost, String monthlyCost,
                        String unusedSeatsAnnualCost) {
    }
}
