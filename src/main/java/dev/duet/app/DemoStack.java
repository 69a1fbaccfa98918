package dev.duet.app;

import dev.duet.collab.stack.Integration;
import dev.duet.collab.stack.Tool;
import dev.duet.collab.stack.ToolDecision;
import dev.duet.collab.stack.ToolInput;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Acme's martech stack for the demo's first start (journey 5.3): three tools overlap in email, one of them has 40
 * paid seats and 9 in use, and two renew next month, counted from the demo's clock so the audit always has them due.
 */
final class DemoStack {

    private DemoStack() {
    }

    static void add(Wiring wiring) {
        var today = LocalDate.ofInstant(wiring.clock.instant(), ZoneOffset.UTC);
        var nextMonth = today.plusMonths(1);
        var tools = wiring.stackTools;
        var mailwave = tools.create(new ToolInput("Mailwave", "email", "Mailwave Inc.", "marketing", "Lea Berger", "Tom Novak",
                "Newsletters and nurture campaigns", "4800.00", "EUR", "yearly", 40, 9, today.minusMonths(11).withDayOfMonth(1).toString(),
                nextMonth.withDayOfMonth(10).toString(), 30, 45, "https://mailwave.example/login",
                "Seats were bought for the events team, which moved to Sendly."));
        var sendly = tools.create(new ToolInput("Sendly", "email", "Sendly GmbH", "marketing", "Mara Events", "Tom Novak",
                "Event invitations and reminders", "149.00", "EUR", "monthly", 5, 5, null,
                nextMonth.withDayOfMonth(20).toString(), 14, 30, "https://sendly.example", null));
        var postbox = tools.create(new ToolInput("Postbox", "email", "Postbox Ltd.", "it", "Tom Novak", "Lea Berger",
                "Transactional email: sign-up confirmations and password resets", "89.00", "USD", "monthly", null, null, null,
                today.plusMonths(5).toString(), 30, 30, "https://postbox.example", null));
        var salesbase = tools.create(new ToolInput("Salesbase CRM", "crm", "Salesbase", "it", "Tom Novak", "Lea Berger",
                "Leads, accounts and the sales pipeline", "18000.00", "EUR", "yearly", 25, 22, today.minusMonths(5).toString(),
                today.plusMonths(7).toString(), 90, 120, "https://salesbase.example", null));
        var trackly = tools.create(new ToolInput("Trackly", "analytics", "Trackly", "marketing", "Lea Berger", "Tom Novak",
                "Campaign attribution and funnels", "6000.00", "EUR", "yearly", 10, 6, null, today.plusMonths(9).toString(), 60,
                60, "https://trackly.example", null));
        var duet = tools.create(new ToolInput("Duet", "cms", "Duet (open source)", "it", "Tom Novak", "Lea Berger",
                "The website's content, experiments and insights", "0.00", "EUR", "yearly", null, null, null, null, null, null,
                null, "Self-hosted: the cost is the server, budgeted by IT."));
        tools.create(new ToolInput("Boardly", "collaboration", "Boardly", "it", "Tom Novak", "Lea Berger",
                "Workshops and campaign planning boards", "240.00", "USD", "monthly", 30, 30, null, null, null, null, null, null));
        connect(wiring, salesbase, mailwave, "Leads and their consent to email");
        connect(wiring, trackly, salesbase, "Campaign attribution per lead");
        connect(wiring, duet, trackly, "Page views and experiment exposures");
        connect(wiring, salesbase, sendly, "Event invitees");
        tools.decide(postbox.id(), new ToolDecision.Input("keep",
                "Transactional mail stays apart from marketing email: resets must arrive even if a campaign tool is down."),
                "tom@acme.example");
    }

    private static void connect(Wiring wiring, Tool source, Tool target, String flow) {
        wiring.stackIntegrations.create(new Integration.Input(source.id(), target.id(), flow));
    }
}
