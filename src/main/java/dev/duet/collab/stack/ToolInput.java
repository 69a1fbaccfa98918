package dev.duet.collab.stack;

/**
 * A tool as the API (and each CSV row) sends it, before any rule is checked. {@code cost} is a decimal string
 * ("1200.00"); dates are ISO yyyy-mm-dd; a missing {@code reminder_days} means {@link ToolRules#DEFAULT_REMINDER_DAYS}.
 */
public record ToolInput(String name, String category, String vendor, String ownerTeam, String owner, String liaison,
                        String purpose, String cost, String currency, String billingPeriod, Integer seatsPaid,
                        Integer seatsActive, String contractStart, String renewalDate, Integer noticeDays,
                        Integer reminderDays, String url, String notes) {
}
