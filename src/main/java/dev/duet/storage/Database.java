package dev.duet.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;

/**
 * The connection pool, Jdbi and migrations for one database. Thread-safe; one instance per process, closed on stop.
 * SQLite writes use {@code BEGIN IMMEDIATE} so concurrent writers queue on the busy timeout instead of failing on a
 * lock upgrade.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    public Database(String url, String user, String password) {
        this.dialect = Dialect.of(url);
        this.dataSource = new HikariDataSource(poolConfig(url, user, password));
        this.jdbi = Jdbi.create(dataSource);
    }

    private HikariConfig poolConfig(String url, String user, String password) {
        var config = new HikariConfig();
        config.setPoolName("duet");
        config.setConnectionTimeout(10_000);
        if (dialect == Dialect.SQLITE) {
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(4);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // 2 MB by default: deriving events upserts per-visitor rows all over large indexes, and each page missing
            // from the cache is a read from the file; 64 MB per connection (allocated as used) keeps most of them in memory
            config.addDataSourceProperty("cache_size", "-65536");
        } else {
            config.setJdbcUrl(url);
            config.setMaximumPoolSize(10);
            if (user != null) config.setUsername(user);
            if (password != null) config.setPassword(password);
        }
        return config;
    }

    /** Applies pending migrations; safe to call on every start and from several nodes at once (Flyway locks). */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load()
                .migrate()
                .migrationsExecuted;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public <R> R read(HandleCallback<R, RuntimeException> callback) {
        return jdbi.withHandle(callback);
    }

    /** Runs the callback in one transaction: all of it is stored, or none. */
    public <R> R write(HandleCallback<R, RuntimeException> callback) {
        return jdbi.inTransaction(callback);
    }

    public void writeVoid(java.util.function.Consumer<Handle> callback) {
        write(handle -> {
            callback.accept(handle);
            return null;
        });
    }

    /**
     * As {@link #writeVoid}, and the commit is on disk when this returns, also on SQLite, whose other writes
     * (synchronous=NORMAL in WAL mode) survive a crash of the process but may lose their last commits to a power cut.
     * For writes acknowledged as durable that are batched, so the extra fsync is paid once per batch.
     */
    public void writeDurably(java.util.function.Consumer<Handle> callback) {
        if (dialect != Dialect.SQLITE) {
            writeVoid(callback);
            return;
        }
        jdbi.useHandle(handle -> {
            handle.execute("PRAGMA synchronous = FULL");
            try {
                handle.useTransaction(callback::accept);
            } finally {
                handle.execute("PRAGMA synchronous = NORMAL");
            }
        });
    }

    /**
     * Makes PostgreSQL plan each statement of the caller's transaction for its actual parameters and the tables' size
     * now. Otherwise, after a few executions it may keep a generic plan made while a table was nearly empty, say a scan
     * of every row of a space filtered by a list of visitors, which stays in use as the table grows a hundredfold
     * (until autovacuum analyses it) and turns a lookup of milliseconds into one of seconds. For transactions that run
     * the same lookups against fast-growing tables; SQLite plans each statement when it is prepared, so nothing to do.
     */
    public void planForActualValues(Handle handle) {
        if (dialect == Dialect.POSTGRES) handle.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
