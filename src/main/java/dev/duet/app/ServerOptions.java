package dev.duet.app;

import picocli.CommandLine.Option;

import java.util.Map;

/** Options every command that opens the database shares; each falls back to a DUET_* environment variable. */
final class ServerOptions {

    @Option(names = "--data-dir", description = "Folder for the SQLite file and assets (env DUET_DATA_DIR, default ./duet-data).")
    String dataDir;

    @Option(names = "--database-url", description = "jdbc:sqlite:<file> or jdbc:postgresql://host:port/db (env DUET_DATABASE_URL).")
    String databaseUrl;

    @Option(names = "--database-user", description = "PostgreSQL user (env DUET_DATABASE_USER).")
    String databaseUser;

    @Option(names = "--database-password", description = "PostgreSQL password (env DUET_DATABASE_PASSWORD).")
    String databasePassword;

    @Option(names = "--host", description = "Interface to listen on (env DUET_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "Port to listen on (env DUET_PORT, default 8080).")
    Integer port;

    @Option(names = "--max-body-bytes", description = "Largest accepted request body (env DUET_MAX_BODY_BYTES, default 5 MiB).")
    Long maxBodyBytes;

    @Option(names = "--secure-cookies", description = "Mark session cookies Secure; use behind HTTPS (env DUET_SECURE_COOKIES).")
    Boolean secureCookies;

    @Option(names = "--webhook-allow-private-targets", description = "Let webhooks target loopback and private networks "
            + "(env DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS, default false).")
    Boolean webhookAllowPrivateTargets;

    @Option(names = "--delivery-rate-limit", description = "Delivery API requests a second per token (env DUET_DELIVERY_RATE_LIMIT, default 1000).")
    Integer deliveryRateLimit;

    @Option(names = "--max-upload-bytes", description = "Largest accepted asset upload (env DUET_MAX_UPLOAD_BYTES, default 20 MiB).")
    Long maxUploadBytes;

    @Option(names = "--scheduler-interval", description = "How often to look for due schedules, e.g. 10s or 500ms "
            + "(env DUET_SCHEDULER_INTERVAL, default 10s).")
    String schedulerInterval;

    @Option(names = "--events-queue", description = "Events that may wait for their commit at once; more are answered 429 "
            + "(env DUET_EVENTS_QUEUE, default 50000).")
    Integer eventsQueue;

    DuetConfig config() {
        return DuetConfig.from(new DuetConfig.Given(dataDir, databaseUrl, databaseUser, databasePassword, host, port,
                maxBodyBytes, secureCookies, null, webhookAllowPrivateTargets, deliveryRateLimit, maxUploadBytes,
                schedulerInterval, eventsQueue),
                Map.copyOf(System.getenv()));
    }
}
