package dev.duet.testing;

import dev.duet.access.Role;
import dev.duet.app.DuetConfig;
import dev.duet.app.Wiring;
import dev.duet.web.WebServer;
import dev.duet.webhooks.DeliverySchedule;

import java.time.Clock;
import java.util.Map;

/**
 * A real Duet on a fresh database and a free port, with an admin already created. Tests act through {@link Client}s
 * over HTTP, exactly as users do.
 */
public final class TestApp implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@example.com";
    public static final String PASSWORD = "correct horse battery";

    public final Wiring wiring;
    public final WebServer server;
    private final String base;

    public TestApp(TestDatabase database) {
        this(database, Map.of());
    }

    public TestApp(TestDatabase database, Map<String, String> env) {
        this(Setup.on(database).env(env));
    }

    /**
     * What a test may choose about its Duet. {@link #on} starts from a fresh database with private webhook targets
     * refused and the standard retry schedule; a second TestApp with the same setup shares the database, as a
     * restarted node does.
     */
    public record Setup(String databaseUrl, Map<String, String> env, Boolean allowPrivateWebhookTargets,
                        DeliverySchedule webhookSchedule, Clock clock) {

        /** A setup on the system clock. */
        public Setup(String databaseUrl, Map<String, String> env, Boolean allowPrivateWebhookTargets,
                     DeliverySchedule webhookSchedule) {
            this(databaseUrl, env, allowPrivateWebhookTargets, webhookSchedule, Clock.systemUTC());
        }

        public static Setup on(TestDatabase database) {
            return new Setup(database.newUrl(), Map.of(), null, DeliverySchedule.STANDARD, Clock.systemUTC());
        }

        public Setup env(Map<String, String> env) {
            return new Setup(databaseUrl, env, allowPrivateWebhookTargets, webhookSchedule, clock);
        }

        /** Webhooks may target loopback, where tests run their receivers. */
        public Setup allowingPrivateWebhookTargets() {
            return new Setup(databaseUrl, env, true, webhookSchedule, clock);
        }

        public Setup webhookSchedule(DeliverySchedule schedule) {
            return new Setup(databaseUrl, env, allowPrivateWebhookTargets, schedule, clock);
        }

        /** Duet reads the time from {@code clock}; a {@link TestClock} lets a test move it on. */
        public Setup clock(Clock clock) {
            return new Setup(databaseUrl, env, allowPrivateWebhookTargets, webhookSchedule, clock);
        }
    }

    public TestApp(Setup setup) {
        var dataDir = TempDirs.create("duet-data").toString();
        var given = new DuetConfig.Given(dataDir, setup.databaseUrl(), null, null, "127.0.0.1", 0, 256 * 1024L, false,
                null, setup.allowPrivateWebhookTargets(), null, null);
        wiring = new Wiring(DuetConfig.from(given, withCheapPasswords(setup.env())), setup.clock(), setup.webhookSchedule());
        if (wiring.users.count() == 0) wiring.users.create(ADMIN_EMAIL, "Ada Admin", Role.ADMIN, PASSWORD);
        server = wiring.startServer();
        base = "http://127.0.0.1:" + server.port();
    }

    /**
     * Test passwords guard nothing, and at the production work factor each sign-in costs 0.27 s of CPU, over a
     * thousand times in the suite; the same PBKDF2 code runs, with fewer iterations, unless a test sets its own.
     */
    private static Map<String, String> withCheapPasswords(Map<String, String> env) {
        var merged = new java.util.HashMap<>(Map.of("DUET_PASSWORD_ITERATIONS", "1000"));
        merged.putAll(env);
        return merged;
    }

    public String base() {
        return base;
    }

    /** A client with no credentials. */
    public Client anonymous() {
        return new Client(base);
    }

    public Client admin() {
        return anonymous().login(ADMIN_EMAIL, PASSWORD);
    }

    /** Creates a user with the role and signs them in. */
    public Client as(Role role) {
        var email = role.id() + "-" + System.nanoTime() + "@example.com";
        wiring.users.create(email, role.id(), role, PASSWORD);
        return anonymous().login(email, PASSWORD);
    }

    @Override
    public void close() {
        wiring.close();
    }
}
