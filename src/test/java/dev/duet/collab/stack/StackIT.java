package dev.duet.collab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The martech stack over HTTP on both databases, on a fixed day so the audit's dates are known. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StackIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;

    @BeforeEach
    void start() {
        var clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        app = new TestApp(TestApp.Setup.on(database).clock(clock));
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static Map<String, Object> tool(String name, String category, String team, String cost, String currency, String period) {
        var tool = new HashMap<String, Object>();
        tool.put("name", name);
        tool.put("category", category);
        tool.put("owner_team", team);
        tool.put("cost", cost);
        tool.put("currency", currency);
        tool.put("billing_period", period);
        return tool;
    }

    static Map<String, Object> with(Map<String, Object> tool, Object... pairs) {
        var copy = new HashMap<>(tool);
        for (int i = 0; i < pairs.length; i += 2) copy.put((String) pairs[i], pairs[i + 1]);
        return copy;
    }

    long add(Map<String, Object> tool) {
        var response = admin.post("/api/stack/tools", Map.of("tool", tool));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/tool/id").asLong();
    }

    List<String> names() {
        var names = new ArrayList<String>();
        admin.get("/api/stack/tools").json().get("tools").forEach(tool -> names.add(tool.get("name").asText()));
        return names;
    }

    static List<String> paths(Response response) {
        var paths = new ArrayList<String>();
        response.json().get("details").forEach(problem -> paths.add(problem.get("path").asText()));
        return paths;
    }

    @Test
    void an_added_tool_answers_with_its_yearly_and_monthly_cost_and_the_last_day_to_cancel() {
        var response = admin.post("/api/stack/tools", Map.of("tool", with(tool("Mailwave", "email", "marketing", "99.90", "eur", "monthly"),
                "seats_paid", 40, "seats_active", 9, "contract_start", "2026-01-01", "renewal_date", "2027-01-01",
                "notice_days", 30, "owner", "Lea", "liaison", "Tom", "url", "https://mailwave.example/login")));

        assertThat(response.status()).isEqualTo(201);
        var tool = response.json().get("tool");
        assertThat(tool.get("currency").asText()).isEqualTo("EUR");
        assertThat(tool.get("cost").asText()).isEqualTo("99.90");
        assertThat(tool.get("annual_cost").asText()).isEqualTo("1198.80");
        assertThat(tool.get("monthly_cost").asText()).isEqualTo("99.90");
        assertThat(tool.get("cancel_by").asText()).isEqualTo("2026-12-02");
        assertThat(tool.get("reminder_days").asInt()).isEqualTo(30);
        assertThat(tool.get("decision").isNull()).isTrue();
        assertThat(admin.get("/api/stack/tools/" + tool.get("id").asLong()).json().at("/tool/annual_cost").asText()).isEqualTo("1198.80");
    }

    @Test
    void a_tool_breaking_the_rules_is_refused_naming_every_field_and_nothing_is_stored() {
        var response = admin.post("/api/stack/tools", Map.of("tool", with(tool(" ", "mail", "sales", "-5", "EURO", "weekly"),
                "seats_paid", -1, "contract_start", "2026-05-01", "renewal_date", "2026-04-30", "notice_days", -3,
                "url", "ftp://files.example")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactlyInAnyOrder("tool.name", "tool.category", "tool.owner_team", "tool.cost",
                "tool.currency", "tool.billing_period", "tool.seats_paid", "tool.renewal_date", "tool.notice_days", "tool.url");
        assertThat(admin.post("/api/stack/tools", Map.of("tool", with(tool("X", "email", "it", "1.234", "EUR", "yearly"),
                "renewal_date", "31.12.2026"))).json().get("details").toString()).contains("tool.cost", "tool.renewal_date", "yyyy-mm-dd");
        assertThat(admin.post("/api/stack/tools", Map.of("tool", with(tool("X", "email", "it", "1", "EUR", "yearly"),
                "seats_active", "many"))).status()).isEqualTo(400);
        assertThat(names()).isEmpty();
    }

    @Test
    void more_active_than_paid_seats_is_allowed_and_the_audit_flags_it() {
        add(with(tool("Figmo", "collaboration", "marketing", "600", "EUR", "yearly"), "seats_paid", 3, "seats_active", 5));

        var line = admin.get("/api/stack/audit").json().at("/audit/tools/0");
        assertThat(line.get("over_deployed").asBoolean()).isTrue();
        assertThat(line.get("unused_seats").asInt()).isZero();
        assertThat(line.get("cost_per_active_seat").asText()).isEqualTo("120.00");
    }

    @Test
    void tool_names_are_unique_whatever_their_case() {
        add(tool("Mailwave", "email", "marketing", "10", "EUR", "monthly"));
        long other = add(tool("Sendly", "email", "marketing", "10", "EUR", "monthly"));

        var twice = admin.post("/api/stack/tools", Map.of("tool", tool("MAILWAVE", "email", "it", "10", "EUR", "monthly")));
        var renamed = admin.put("/api/stack/tools/" + other, Map.of("tool", tool("mailwave", "email", "it", "10", "EUR", "monthly")));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("error").asText()).contains("Mailwave".toUpperCase());
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(names()).containsExactly("Mailwave", "Sendly");
    }

    @Test
    void a_tool_is_changed_as_a_whole_and_removed_with_its_decisions_and_integrations() {
        long mail = add(with(tool("Mailwave", "email", "marketing", "10", "EUR", "monthly"), "vendor", "Mailwave Inc."));
        long crm = add(tool("Salesbase", "crm", "it", "5000", "USD", "yearly"));
        admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", crm, "target_tool_id", mail, "flow", "Leads")));
        admin.post("/api/stack/tools/" + mail + "/decisions", Map.of("decision", "keep", "rationale", "Works"));

        var changed = admin.put("/api/stack/tools/" + mail, Map.of("tool", tool("Mailwave Pro", "email", "it", "20", "EUR", "monthly")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/tool/name").asText()).isEqualTo("Mailwave Pro");
        assertThat(changed.json().at("/tool/vendor").isNull()).as("left out, so emptied").isTrue();
        assertThat(changed.json().at("/tool/owner_team").asText()).isEqualTo("it");

        assertThat(admin.delete("/api/stack/tools/" + mail).status()).isEqualTo(204);
        assertThat(admin.get("/api/stack/tools/" + mail).status()).isEqualTo(404);
        assertThat(admin.get("/api/stack/integrations").json().get("integrations")).isEmpty();
        assertThat(names()).containsExactly("Salesbase");
    }

    @Test
    void unknown_tools_are_not_found_and_malformed_ids_are_bad_requests() {
        var some = Map.of("tool", tool("X", "email", "it", "1", "EUR", "yearly"));
        assertThat(admin.get("/api/stack/tools/999").status()).isEqualTo(404);
        assertThat(admin.put("/api/stack/tools/999", some).status()).isEqualTo(404);
        assertThat(admin.delete("/api/stack/tools/999").status()).isEqualTo(404);
        assertThat(admin.post("/api/stack/tools/999/decisions", Map.of("decision", "keep", "rationale", "r")).status()).isEqualTo(404);
        assertThat(admin.delete("/api/stack/integrations/999").status()).isEqualTo(404);
        assertThat(admin.get("/api/stack/tools/abc").status()).isEqualTo(400);
        assertThat(names()).isEmpty();
    }

    @Test
    void list_filters_by_category_team_and_text() {
        add(with(tool("Mailwave", "email", "marketing", "1", "EUR", "yearly"), "purpose", "Newsletters"));
        add(tool("Salesbase", "crm", "it", "1", "EUR", "yearly"));
        add(tool("Trackly", "analytics", "it", "1", "EUR", "yearly"));

        assertThat(admin.get("/api/stack/tools?category=email").json().get("tools")).hasSize(1);
        assertThat(admin.get("/api/stack/tools?owner_team=it").json().get("tools")).hasSize(2);
        assertThat(admin.get("/api/stack/tools?q=NEWSLETTER").json().at("/tools/0/name").asText()).isEqualTo("Mailwave");
        assertThat(admin.get("/api/stack/tools?category=mail").status()).isEqualTo(400);
        assertThat(admin.get("/api/stack/tools?owner_team=sales").status()).isEqualTo(400);
    }

    @Test
    void viewers_and_approvers_read_the_stack_but_may_not_change_it_while_editors_and_developers_may() {
        long id = add(tool("Mailwave", "email", "marketing", "10", "EUR", "monthly"));
        var csv = admin.get("/api/stack/tools.csv").text();
        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var reader = app.as(role);
            assertThat(reader.get("/api/stack/tools").status()).isEqualTo(200);
            assertThat(reader.get("/api/stack/tools/" + id).status()).isEqualTo(200);
            assertThat(reader.get("/api/stack/audit").status()).isEqualTo(200);
            assertThat(reader.get("/api/stack/tools.csv").status()).isEqualTo(200);
            assertThat(reader.get("/api/stack/integrations").status()).isEqualTo(200);
            assertThat(reader.post("/api/stack/tools", Map.of("tool", tool("New", "email", "it", "1", "EUR", "yearly"))).status()).isEqualTo(403);
            assertThat(reader.put("/api/stack/tools/" + id, Map.of("tool", tool("Renamed", "email", "it", "1", "EUR", "yearly"))).status()).isEqualTo(403);
            assertThat(reader.delete("/api/stack/tools/" + id).status()).isEqualTo(403);
            assertThat(reader.post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "retire", "rationale", "r")).status()).isEqualTo(403);
            assertThat(reader.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", id, "target_tool_id", id, "flow", "x"))).status()).isEqualTo(403);
            assertThat(reader.send("POST", "/api/stack/tools/import", csv, "text/csv").status()).isEqualTo(403);
        }
        assertThat(names()).containsExactly("Mailwave");
        assertThat(admin.get("/api/stack/tools/" + id).json().get("decisions")).isEmpty();
        assertThat(app.anonymous().get("/api/stack/tools").status()).isEqualTo(401);

        assertThat(app.as(Role.EDITOR).post("/api/stack/tools", Map.of("tool", tool("Sendly", "email", "marketing", "1", "EUR", "yearly"))).status()).isEqualTo(201);
        assertThat(app.as(Role.DEVELOPER).post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "keep", "rationale", "ok")).status()).isEqualTo(201);
    }

    @Test
    void decisions_are_kept_as_history_with_who_and_when_and_the_newest_counts() {
        long id = add(tool("Mailwave", "email", "marketing", "10", "EUR", "monthly"));
        var editor = app.as(Role.EDITOR);

        assertThat(admin.post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "keep", "rationale", "Newsletters run on it")).status()).isEqualTo(201);
        var second = editor.post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "RENEGOTIATE", "rationale", "31 seats unused"));
        var bad = admin.post("/api/stack/tools/" + id + "/decisions", Map.of("decision", "sell", "rationale", " "));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().at("/decision/decided_at").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(paths(bad)).containsExactlyInAnyOrder("decision", "rationale");
        var tool = admin.get("/api/stack/tools/" + id).json();
        assertThat(tool.at("/tool/decision/decision").asText()).isEqualTo("renegotiate");
        assertThat(tool.get("decisions")).extracting(d -> d.get("decision").asText()).containsExactly("renegotiate", "keep");
        assertThat(tool.at("/decisions/1/decided_by").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(tool.at("/decisions/0/decided_by").asText()).startsWith("editor-");
        assertThat(admin.get("/api/stack/audit").json().at("/audit/tools/0/decision/rationale").asText()).isEqualTo("31 seats unused");
    }

    @Test
    void integrations_connect_two_known_tools_once_per_direction() {
        long crm = add(tool("Salesbase", "crm", "it", "1", "EUR", "yearly"));
        long mail = add(tool("Mailwave", "email", "marketing", "1", "EUR", "yearly"));

        var created = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", crm, "target_tool_id", mail, "flow", "Leads")));
        var again = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", crm, "target_tool_id", mail, "flow", "More leads")));
        var back = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", mail, "target_tool_id", crm, "flow", "Opens")));
        var self = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", crm, "target_tool_id", crm, "flow", "x")));
        var unknown = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", 999, "target_tool_id", crm, "flow", " ")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().at("/integration/source_name").asText()).isEqualTo("Salesbase");
        assertThat(again.status()).isEqualTo(409);
        assertThat(back.status()).isEqualTo(201);
        assertThat(self.status()).isEqualTo(400);
        assertThat(paths(self)).containsExactly("integration.target_tool_id");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(paths(unknown)).containsExactly("integration.flow");
        var unknownOnly = admin.post("/api/stack/integrations", Map.of("integration", Map.of("source_tool_id", 999, "target_tool_id", crm, "flow", "x")));
        assertThat(paths(unknownOnly)).containsExactly("integration.source_tool_id");
        assertThat(admin.get("/api/stack/integrations").json().get("integrations")).hasSize(2);
        assertThat(admin.get("/api/stack/tools/" + mail).json().get("integrations")).hasSize(2);
        assertThat(admin.delete("/api/stack/integrations/" + created.json().at("/integration/id").asLong()).status()).isEqualTo(204);
        assertThat(admin.get("/api/stack/integrations").json().get("integrations")).hasSize(1);
    }

    @Test
    void the_audit_shows_seat_costs_overlaps_renewals_due_reminders_and_totals_per_currency() {
        add(with(tool("Mailwave", "email", "marketing", "1200", "EUR", "yearly"), "seats_paid", 40, "seats_active", 9,
                "renewal_date", TODAY.plusDays(20).toString(), "notice_days", 30, "reminder_days", 45));
        add(with(tool("Sendly", "email", "marketing", "99.90", "EUR", "monthly"), "seats_paid", 5, "seats_active", 5,
                "renewal_date", TODAY.plusDays(90).toString()));
        add(tool("Postbox", "email", "marketing", "50", "USD", "monthly"));
        add(with(tool("Salesbase", "crm", "it", "10000", "USD", "yearly"), "renewal_date", TODAY.minusDays(1).toString()));
        add(tool("Whiteboardly", "other", "it", "0", "USD", "yearly"));
        add(tool("Misc", "other", "it", "0", "USD", "yearly"));

        var audit = admin.get("/api/stack/audit").json().get("audit");

        assertThat(audit.get("as_of").asText()).isEqualTo("2026-11-23");
        assertThat(audit.get("within_days").asInt()).isEqualTo(60);
        var mailwave = line(audit, "Mailwave");
        assertThat(mailwave.get("cost_per_active_seat").asText()).isEqualTo("133.33");
        assertThat(mailwave.get("unused_seats").asInt()).isEqualTo(31);
        assertThat(mailwave.get("unused_seats_annual_cost").asText()).isEqualTo("930.00");
        assertThat(line(audit, "Postbox").get("cost_per_active_seat").isNull()).isTrue();
        assertThat(audit.get("overlaps")).hasSize(1);
        assertThat(audit.at("/overlaps/0/category").asText()).isEqualTo("email");
        assertThat(audit.at("/overlaps/0/tools")).extracting(t -> t.get("name").asText()).containsExactly("Mailwave", "Postbox", "Sendly");
        assertThat(audit.get("renewals")).extracting(r -> r.get("name").asText()).containsExactly("Mailwave");
        var renewal = audit.at("/renewals/0");
        assertThat(renewal.get("days_left").asInt()).isEqualTo(20);
        assertThat(renewal.get("cancel_by").asText()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(renewal.get("days_to_cancel").asInt()).isEqualTo(-10);
        assertThat(renewal.get("reminder_due").asBoolean()).isTrue();
        assertThat(audit.get("due_reminders")).extracting(r -> r.get("name").asText()).containsExactly("Mailwave");
        assertThat(audit.get("totals").toString()).isEqualTo(
                "[{\"group\":\"all\",\"currency\":\"EUR\",\"tools\":2,\"annual_cost\":\"2398.80\",\"monthly_cost\":\"199.90\",\"unused_seats_annual_cost\":\"930.00\"},"
                + "{\"group\":\"all\",\"currency\":\"USD\",\"tools\":4,\"annual_cost\":\"10600.00\",\"monthly_cost\":\"883.33\",\"unused_seats_annual_cost\":\"0.00\"}]");
        assertThat(audit.get("totals_by_team")).extracting(t -> t.get("group").asText() + " " + t.get("currency").asText() + " " + t.get("annual_cost").asText())
                .containsExactly("it USD 10000.00", "marketing EUR 2398.80", "marketing USD 600.00");
        assertThat(audit.get("totals_by_category")).extracting(t -> t.get("group").asText() + " " + t.get("currency").asText())
                .containsExactly("crm USD", "email EUR", "email USD", "other USD");

        var wider = admin.get("/api/stack/audit?within_days=120").json().get("audit");
        assertThat(wider.get("renewals")).extracting(r -> r.get("name").asText()).containsExactly("Mailwave", "Sendly");
        assertThat(admin.get("/api/stack/audit?within_days=-1").status()).isEqualTo(400);
        assertThat(admin.get("/api/stack/audit?within_days=soon").status()).isEqualTo(400);
    }

    private static JsonNode line(JsonNode audit, String name) {
        for (var line : audit.get("tools")) if (line.get("name").asText().equals(name)) return line;
        throw new AssertionError("no audit line for " + name);
    }

    @Test
    void the_csv_export_imports_back_unchanged_quoting_commas_quotes_and_line_breaks() {
        add(with(tool("Mailwave", "email", "marketing", "1200", "EUR", "yearly"), "seats_paid", 40, "seats_active", 9,
                "renewal_date", "2027-01-01", "contract_start", "2026-01-01", "notice_days", 30,
                "notes", "Bought for \"Team Nord\", which left;\nask Lea", "purpose", "Newsletters, nurture"));
        add(tool("Salesbase", "crm", "it", "10000", "USD", "yearly"));

        var export = admin.get("/api/stack/tools.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("stack-tools.csv");
        assertThat(export.text()).startsWith("name,category,vendor,owner_team,").contains("\r\n")
                .contains("\"Bought for \"\"Team Nord\"\", which left;\nask Lea\"", "\"Newsletters, nurture\"");

        var reimported = admin.send("POST", "/api/stack/tools/import", export.text(), "text/csv; charset=utf-8");
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);
        assertThat(reimported.json().get("imported").toString()).isEqualTo("{\"created\":0,\"updated\":2}");
        assertThat(admin.get("/api/stack/tools.csv").text()).isEqualTo(export.text());

        for (var tool : admin.get("/api/stack/tools").json().get("tools")) admin.delete("/api/stack/tools/" + tool.get("id").asLong());
        var fresh = admin.post("/api/stack/tools/import", Map.of("csv", export.text()));
        assertThat(fresh.json().get("imported").toString()).isEqualTo("{\"created\":2,\"updated\":0}");
        assertThat(admin.get("/api/stack/tools.csv").text()).isEqualTo(export.text());
    }

    @Test
    void free_text_that_a_spreadsheet_would_run_as_a_formula_is_exported_as_text_and_imports_back_as_it_was() {
        add(with(tool("=HYPERLINK(\"http://x\")", "email", "marketing", "1200", "EUR", "yearly"),
                "vendor", "@vendor", "notes", "-not a sum", "purpose", "+1 seat"));

        var export = admin.get("/api/stack/tools.csv").text();
        var row = export.split("\r\n")[1];
        assertThat(row).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",email,'@vendor,marketing,,,'+1 seat,1200.00,EUR,yearly,")
                .endsWith(",'-not a sum");

        for (var tool : admin.get("/api/stack/tools").json().get("tools")) admin.delete("/api/stack/tools/" + tool.get("id").asLong());
        var imported = admin.send("POST", "/api/stack/tools/import", export, "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        var tool = admin.get("/api/stack/tools").json().get("tools").get(0);
        assertThat(tool.get("name").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(tool.get("vendor").asText()).isEqualTo("@vendor");
        assertThat(tool.get("purpose").asText()).isEqualTo("+1 seat");
        assertThat(tool.get("notes").asText()).isEqualTo("-not a sum");
        assertThat(admin.get("/api/stack/tools.csv").text()).isEqualTo(export);
    }

    @Test
    void a_csv_with_bad_rows_is_refused_whole_naming_each_line() {
        add(tool("Mailwave", "email", "marketing", "10", "EUR", "monthly"));
        var csv = "name,category,owner_team,cost,currency,billing_period,seats_paid\n"
                + "Mailwave,email,it,20,EUR,monthly,4\n"
                + "Sendly,email,marketing,10,EUROS,monthly,\n"
                + "\"Trackly\",analytics,it,-1,USD,yearly,many\n"
                + "Sendly,email,marketing,10,EUR,monthly,\n"
                + "Short,email\n";

        var response = admin.send("POST", "/api/stack/tools/import", csv, "text/csv");

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactlyInAnyOrder("line 3.currency", "line 4.cost", "line 4.seats_paid",
                "line 5.name", "line 6");
        var tools = admin.get("/api/stack/tools").json().get("tools");
        assertThat(tools).hasSize(1);
        assertThat(tools.at("/0/owner_team").asText()).as("the good row was not applied either").isEqualTo("marketing");
        assertThat(admin.send("POST", "/api/stack/tools/import", "name,colour\nX,red\n", "text/csv").json().get("details").toString())
                .contains("unknown column colour", "must name the column category");
        assertThat(admin.send("POST", "/api/stack/tools/import", "name,category\n\"open,email\n", "text/csv").status()).isEqualTo(400);
        assertThat(admin.send("POST", "/api/stack/tools/import", "", "text/csv").status()).isEqualTo(400);
        assertThat(admin.send("POST", "/api/stack/tools/import", "<tools/>", "application/xml").status()).isEqualTo(400);
        assertThat(admin.get("/api/stack/tools").json().get("tools")).hasSize(1);
    }
}
