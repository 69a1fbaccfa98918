package dev.duet.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the HTTP tests: each test runs twice, against a fresh Duet on SQLite and on PostgreSQL, reachable as
 * {@link #app}. Subclasses' own {@code @BeforeEach} methods run after Duet has started.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
public abstract class OnBothDatabases {

    @Parameter
    protected TestDatabase database;

    protected TestApp app;

    @BeforeEach
    void startDuet() {
        app = new TestApp(database);
    }

    @AfterEach
    void stopDuet() {
        app.close();
    }
}
