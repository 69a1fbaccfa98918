package dev.duet.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every repository and HTTP test runs on. Each call to {@link #newUrl()} gives a fresh, empty
 * database: a new SQLite file, or a new database on one embedded PostgreSQL server shared by the test JVM (its
 * binaries come from Maven Central; no Docker, no installed server).
 */
public enum TestDatabase {
    SQLITE {
        @Override
        public String newUrl() {
            return "jdbc:sqlite:" + TempDirs.create("duet-sqlite").resolve("duet.db");
        }
    },
    POSTGRES {
        @Override
        public String newUrl() {
            var name = "duet_test_" + COUNTER.incrementAndGet();
            try (var connection = Postgres.server().getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create test database " + name, e);
            }
            return "jdbc:postgresql://localhost:" + Postgres.server().getPort() + "/" + name + "?user=postgres";
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public abstract String newUrl();

    /** One embedded PostgreSQL per test JVM, started on first use and stopped (by the library) when the JVM exits. */
    private static final class Postgres {
        private static EmbeddedPostgres server;

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
    }
}
