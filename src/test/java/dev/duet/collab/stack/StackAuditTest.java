package dev.duet.collab.stack;

import dev.duet.access.Team;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackAuditTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Tool tool(long id, String name, Category category, Team team, String cost, String currency, BillingPeriod period,
                     Integer paid, Integer active, LocalDate renewal, Integer notice, int reminder) {
        var spec = new ToolSpec(name, category, null, team, null, null, null, new BigDecimal(cost), currency, period, paid,
                active, null, renewal, notice, reminder, null, null);
        return Tool.of(id, spec, null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void unused_seats_cost_their_share_of_the_year_and_active_seats_divide_it() {
        var line = StackAudit.line(tool(1, "Mailwave", Category.EMAIL, Team.MARKETING, "100", "EUR", BillingPeriod.MONTHLY,
                40, 9, null, null, 30));

        assertThat(line.annualCost()).isEqualTo("1200.00");
        assertThat(line.costPerActiveSeat()).isEqualTo("133.33");
        assertThat(line.unusedSeats()).isEqualTo(31);
        assertThat(line.unusedSeatsAnnualCost()).isEqualTo("930.00");
        assertThat(line.overDeployed()).isFalse();
    }

    @Test
    void without_seat_counts_or_active_seats_there_is_no_per_seat_cost() {
        var unknown = StackAudit.line(tool(1, "A", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.YEARLY, null, null, null, null, 30));
        var idle = StackAudit.line(tool(2, "B", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.YEARLY, 5, 0, null, null, 30));

        assertThat(unknown.costPerActiveSeat()).isNull();
        assertThat(unknown.unusedSeats()).isNull();
        assertThat(unknown.unusedSeatsAnnualCost()).isNull();
        assertThat(idle.costPerActiveSeat()).isNull();
        assertThat(idle.unusedSeatsAnnualCost()).isEqualTo("10.00");
    }

    @Test
    void yearly_costs_are_split_into_months_to_the_cent_half_even() {
        assertThat(BillingPeriod.YEARLY.monthly(new BigDecimal("1000"))).isEqualByComparingTo("83.33");
        assertThat(BillingPeriod.YEARLY.monthly(new BigDecimal("0.30"))).isEqualByComparingTo("0.02");
        assertThat(BillingPeriod.MONTHLY.annual(new BigDecimal("99.99"))).isEqualByComparingTo("1199.88");
    }

    @Test
    void the_cancel_by_date_is_the_renewal_minus_the_notice_period_and_the_reminder_window_opens_before_the_renewal() {
        var renewal = StackAudit.renewal(tool(1, "A", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.YEARLY, null, null,
                TODAY.plusDays(40), 60, 45), TODAY);
        var later = StackAudit.renewal(tool(2, "B", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.YEARLY, null, null,
                TODAY.plusDays(46), null, 45), TODAY);
        var onTheDay = StackAudit.renewal(tool(3, "C", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.YEARLY, null, null,
                TODAY, null, 0), TODAY);

        assertThat(renewal.cancelBy()).isEqualTo(TODAY.minusDays(20));
        assertThat(renewal.daysToCancel()).isEqualTo(-20);
        assertThat(renewal.remindFrom()).isEqualTo(TODAY.minusDays(5));
        assertThat(renewal.reminderDue()).isTrue();
        assertThat(later.cancelBy()).isNull();
        assertThat(later.reminderDue()).isFalse();
        assertThat(onTheDay.reminderDue()).isTrue();
        assertThat(onTheDay.daysLeft()).isZero();
    }

    @Test
    void overlaps_are_categories_with_several_tools_other_excepted_and_past_renewals_are_not_upcoming() {
        var tools = List.of(
                tool(1, "Mailwave", Category.EMAIL, Team.MARKETING, "10", "EUR", BillingPeriod.MONTHLY, null, null, TODAY.minusDays(1), null, 30),
                tool(2, "Sendly", Category.EMAIL, Team.IT, "10", "USD", BillingPeriod.MONTHLY, null, null, TODAY.plusDays(60), null, 30),
                tool(3, "Salesbase", Category.CRM, Team.IT, "10", "EUR", BillingPeriod.MONTHLY, null, null, TODAY.plusDays(61), null, 30),
                tool(4, "Misc A", Category.OTHER, Team.IT, "1", "EUR", BillingPeriod.MONTHLY, null, null, null, null, 30),
                tool(5, "Misc B", Category.OTHER, Team.IT, "1", "EUR", BillingPeriod.MONTHLY, null, null, null, null, 30));

        var report = StackAudit.of(tools, TODAY, 60);

        assertThat(report.overlaps()).hasSize(1);
        assertThat(report.overlaps().getFirst().category()).isEqualTo(Category.EMAIL);
        assertThat(report.overlaps().getFirst().annualCost()).extracting(AuditReport.Total::currency).containsExactly("EUR", "USD");
        assertThat(report.renewals()).extracting(AuditReport.Renewal::name).containsExactly("Sendly");
        assertThat(report.totals()).extracting(t -> t.currency() + " " + t.annualCost() + " " + t.tools())
                .containsExactly("EUR 264.00 4", "USD 120.00 1");
    }
}
