package dev.duet.app;

import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CommandLineIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    private Run duet(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = Duet.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void migrate_applies_the_migrations_once_then_reports_the_database_up_to_date() {
        var url = database.newEmptyUrl();

        var first = duet("migrate", "--data-dir", dataDir.toString(), "--database-url", url);
        var second = duet("migrate", "--data-dir", dataDir.toString(), "--database-url", url);

        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("Applied ");
        assertThat(second.out()).contains("The database is up to date.");
    }

    @Test
    void a_user_and_a_management_token_can_be_created_from_the_command_line() {
        var url = database.newUrl();
        var common = new String[]{"--data-dir", dataDir.toString(), "--database-url", url};

        var user = duet(concat(new String[]{"user", "create", "--email", "ops@example.com", "--role", "developer",
                "--password", "a long password"}, common));
        var token = duet(concat(new String[]{"token", "create", "--email", "ops@example.com", "--name", "CI",
                "--scope", "content:read"}, common));

        assertThat(user.code()).isZero();
        assertThat(user.out()).contains("Created developer ops@example.com");
        assertThat(token.code()).isZero();
        assertThat(token.out().strip()).startsWith("duet_");
        assertThat(token.err()).contains("content:read", "not shown again");
    }

    @Test
    void bad_input_on_the_command_line_ends_with_one_sentence_and_exit_code_2() {
        var url = database.newUrl();

        var run = duet("user", "create", "--data-dir", dataDir.toString(), "--database-url", url,
                "--email", "ops@example.com", "--password", "short");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("duet: password: must be at least 10 characters");
    }

    @Test
    void an_unsupported_database_url_stops_with_a_clear_sentence() {
        var run = duet("migrate", "--data-dir", dataDir.toString(), "--database-url", "jdbc:oracle:thin:@db");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("duet: The database URL must start with jdbc:sqlite: or jdbc:postgresql://");
    }

    @Test
    void a_space_exported_to_a_file_imports_into_another_database_from_the_command_line() throws Exception {
        var source = database.newUrl();
        var target = database.newUrl();
        try (var wiring = new Wiring(DuetConfig.from(new DuetConfig.Given(dataDir.toString(), source, null, null, null,
                null, null, null, null, null, null, null), java.util.Map.of()), java.time.Clock.systemUTC())) {
            DemoCommand.importDemo(wiring);
        }
        var archive = dataDir.resolve("acme.json");

        var exported = duet("export", "--data-dir", dataDir.toString(), "--database-url", source, "--space", "1", "-o", archive.toString());
        var imported = duet("import", "--data-dir", dataDir.toString(), "--database-url", target, archive.toString());

        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.err()).contains("exported 25 stories", "Exported space 1 with 25 stories");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported space 1 (Acme Cloud (demo)): 12 components, 2 datasources, 25 stories.");
        assertThat(duet("import", "--data-dir", dataDir.toString(), "--database-url", target, "missing.json").err())
                .contains("The archive missing.json does not exist.");
    }

    private static String[] concat(String[] a, String[] b) {
        var all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
