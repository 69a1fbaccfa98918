package dev.duet.testing;

import dev.duet.storage.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every repository and HTTP test runs on. {@link #newUrl()} gives a fresh database already migrated
 * to the latest version; {@link #newEmptyUrl()} one with no tables, for tests of migrating itself. PostgreSQL is one
 * embedded server shared by the test JVM (its binaries come from Maven Central; no Docker, no installed server).
 *
 * <p>Why a template: migrating takes 0.2 s on SQLite and 0.7 s on PostgreSQL, and the suite starts Duet on a fresh
 * database more than a thousand times. So the real migrations run once per JVM into a template, and each fresh
 * database is a copy of it (a file copy; {@code CREATE DATABASE … TEMPLATE}, 25 ms). Duet still runs Flyway on each
 * start, which finds the copy up to date, exactly as on a restart.
 */
public enum TestDatabase {
    SQLITE {
        @Override
        public String newEmptyUrl() {
            return "jdbc:sqlite:" + TempDirs.create("duet-sqlite").resolve("duet.db");
        }

        @Override
        public String newUrl() {
            var file = TempDirs.create("duet-sqlite").resolve("duet.db");
            try {
                Files.copy(SqliteTemplate.file(), file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the migrated SQLite template", e);
            }
            return "jdbc:sqlite:" + file;
        }
    },
    POSTGRES {
        @Override
        public String newEmptyUrl() {
            return Postgres.forATest(Postgres.create("", ""));
        }

        @Override
        public String newUrl() {
            return Postgres.forATest(Postgres.create(" TEMPLATE " + Postgres.template(), " STRATEGY FILE_COPY"));
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A fresh database at the latest migration. */
    public abstract String newUrl();

    /** A fresh database with nothing in it, not even Flyway's history. */
    public abstract String newEmptyUrl();

    private static void migrate(String url) {
        try (var database = new Database(url, null, null)) {
            database.migrate();
        }
    }

    /** The migrated SQLite file every {@link #newUrl()} copies, made once per JVM. */
    private static final class SqliteTemplate {
        private static Path file;

        static synchronized Path file() {
            if (file == null) {
                var migrated = TempDirs.create("duet-sqlite-template").resolve("migrated.db");
                var url = "jdbc:sqlite:" + migrated;
                migrate(url);
                // one self-contained file: a WAL left beside the original would not be copied with it
                var compact = migrated.resolveSibling("template.db");
                try (var database = new Database(url, null, null)) {
                    database.read(handle -> handle.execute("VACUUM INTO '" + compact + "'"));
                }
                file = compact;
            }
            return file;
        }
    }

    /**
     * One embedded PostgreSQL per test JVM, started on first use and stopped (by the library) when the JVM exits. Test
     * databases are dropped once {@value #KEPT} newer ones exist, if nothing is connected to them any more: each takes
     * 11 MB, and a suite's thousand of them left 11 GB for the library to delete at exit, which outlasted the test
     * runner's patience.
     */
    private static final class Postgres {
        private static final int KEPT = 20;
        private static final java.util.ArrayDeque<String> CREATED = new java.util.ArrayDeque<>();
        private static EmbeddedPostgres server;
        private static String template;

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    // The library stops the server in its own shutdown hook; a second hook racing it delays exit.
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
                }
            }
            return server;
        }

        /** The name of the migrated database every {@link #newUrl()} copies; no connection to it stays open. */
        static synchronized String template() {
            if (template == null) {
                var url = create("", "");
                migrate(url);
                template = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
            }
            return template;
        }

        static synchronized String forATest(String url) {
            CREATED.addLast(url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')));
            while (CREATED.size() > KEPT) dropIfUnused(CREATED.removeFirst());
            return url;
        }

        /** A database a test still holds a connection to refuses to be dropped; it then stays until the server stops. */
        private static void dropIfUnused(String name) {
            try (var connection = server().getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                // in use: left for the server's own clean-up at exit
            }
        }

        static String create(String template, String strategy) {
            var name = "duet_test_" + COUNTER.incrementAndGet();
            try (var connection = server().getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name + template + strategy);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres";
        }
    }
}
