package dev.duet.collab.stack;

import dev.duet.access.Team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A tool's fields once they met every rule of {@link ToolRules}; optional ones may be null. */
record ToolSpec(String name, Category category, String vendor, Team ownerTeam, String owner, String liaison,
                String purpose, BigDecimal cost, String currency, BillingPeriod billingPeriod, Integer seatsPaid,
                Integer seatsActive, LocalDate contractStart, LocalDate renewalDate, Integer noticeDays,
                int reminderDays, String url, String notes) {

    /** The name as tools are told apart: case does not make another tool. */
    String nameKey() {
        return name.toLowerCase(Locale.ROOT);
    }
}
