package dev.duet.app;

import dev.duet.collab.stack.AuditReport;
import dev.duet.collab.stack.Category;
import dev.duet.collab.stack.StackAudit;
import dev.duet.collab.stack.StackTools;
import dev.duet.collab.glossary.Term;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's stack and glossary tell journey 5's story whatever day the demo first starts on. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DemoHubIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    private Wiring wiring(String day) {
        var given = new DuetConfig.Given(dataDir.toString(), database.newUrl(), null, null, "127.0.0.1", 0, null, null, null,
                null, null, null);
        return new Wiring(DuetConfig.from(given, Map.of()), Clock.fixed(Instant.parse(day + "T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void the_demo_stack_overlaps_in_email_has_forty_seats_with_nine_used_and_two_renewals_next_month() {
        for (var day : new String[]{"2026-11-01", "2026-11-30"}) {
            try (var wiring = wiring(day)) {
                DemoStack.add(wiring);
                var today = LocalDate.parse(day);

                var audit = StackAudit.of(wiring.stackTools.list(StackTools.Filter.ALL), today, StackAudit.DEFAULT_WITHIN_DAYS);

                assertThat(audit.overlaps()).extracting(AuditReport.Overlap::category).containsExactly(Category.EMAIL);
                assertThat(audit.overlaps().getFirst().tools()).hasSize(3);
                assertThat(audit.tools()).filteredOn(line -> line.seatsPaid() != null && line.seatsPaid() == 40)
                        .singleElement().satisfies(line -> assertThat(line.seatsActive()).isEqualTo(9));
                assertThat(audit.renewals()).as(day).hasSize(2)
                        .allSatisfy(renewal -> assertThat(renewal.renewalDate().getMonth()).isEqualTo(today.plusMonths(1).getMonth()));
                assertThat(audit.dueReminders()).as(day).isNotEmpty();
                assertThat(wiring.stackIntegrations.list()).hasSize(4);
            }
        }
    }

    @Test
    void the_demo_glossary_explains_cache_version_srm_and_guardrail_for_both_teams() {
        try (var wiring = wiring("2026-11-23")) {
            DemoGlossary.add(wiring);

            var terms = wiring.glossary.search(null);

            assertThat(terms).extracting(Term::term).contains("Cache version", "Sample ratio mismatch", "Guardrail", "Release",
                    "Workflow stage", "Coverage");
            assertThat(terms).allSatisfy(term -> {
                assertThat(term.definitionMarketing()).isNotBlank();
                assertThat(term.definitionDeveloper()).isNotBlank();
            });
            assertThat(wiring.glossary.search("SRM").getFirst().term()).isEqualTo("Sample ratio mismatch");
        }
    }
}
