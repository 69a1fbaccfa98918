package dev.duet.app;

import dev.duet.access.PasswordHasher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Duet's configuration, read once from command-line options and {@code DUET_*} environment variables (options win),
 * validated at start with one clear sentence per problem, then immutable.
 */
public record DuetConfig(Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
                         String host, int port, long maxBodyBytes, boolean secureCookies, Duration sessionLifetime,
                         boolean webhookAllowPrivateTargets, int deliveryRateLimit, long maxUploadBytes,
                         Duration schedulerInterval, int eventsQueue, int passwordIterations) {

    /** Bad configuration: start-up stops with this message. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    /** Raw values as given; null means "not given". */
    public record Given(String dataDir, String databaseUrl, String databaseUser, String databasePassword, String host,
                        Integer port, Long maxBodyBytes, Boolean secureCookies, Long sessionHours,
                        Boolean webhookAllowPrivateTargets, Integer deliveryRateLimit, Long maxUploadBytes,
                        String schedulerInterval, Integer eventsQueue) {

        /** As given before the events queue had a size to set. */
        public Given(String dataDir, String databaseUrl, String databaseUser, String databasePassword, String host,
                     Integer port, Long maxBodyBytes, Boolean secureCookies, Long sessionHours,
                     Boolean webhookAllowPrivateTargets, Integer deliveryRateLimit, Long maxUploadBytes,
                     String schedulerInterval) {
            this(dataDir, databaseUrl, databaseUser, databasePassword, host, port, maxBodyBytes, secureCookies,
                    sessionHours, webhookAllowPrivateTargets, deliveryRateLimit, maxUploadBytes, schedulerInterval, null);
        }

        /** As given before the scheduler had an interval to set. */
        public Given(String dataDir, String databaseUrl, String databaseUser, String databasePassword, String host,
                     Integer port, Long maxBodyBytes, Boolean secureCookies, Long sessionHours,
                     Boolean webhookAllowPrivateTargets, Integer deliveryRateLimit, Long maxUploadBytes) {
            this(dataDir, databaseUrl, databaseUser, databasePassword, host, port, maxBodyBytes, secureCookies,
                    sessionHours, webhookAllowPrivateTargets, deliveryRateLimit, maxUploadBytes, null, null);
        }
    }

    public static DuetConfig from(Given options, Map<String, String> env) {
        var dataDir = Path.of(pick(options.dataDir(), env.get("DUET_DATA_DIR"), "duet-data")).toAbsolutePath().normalize();
        var url = pick(options.databaseUrl(), env.get("DUET_DATABASE_URL"), null);
        if (url == null) url = "jdbc:sqlite:" + dataDir.resolve("duet.db");
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql://")) {
            throw new Invalid("The database URL must start with jdbc:sqlite: or jdbc:postgresql:// (got " + redact(url) + ").");
        }
        var port = options.port() != null ? options.port() : integer("DUET_PORT", env.get("DUET_PORT"), 8080);
        if (port < 0 || port > 65535) throw new Invalid("The port must be between 0 and 65535 (got " + port + ").");
        long maxBody = options.maxBodyBytes() != null ? options.maxBodyBytes()
                : integer("DUET_MAX_BODY_BYTES", env.get("DUET_MAX_BODY_BYTES"), 5 * 1024 * 1024);
        if (maxBody < 1024) throw new Invalid("The maximum body size must be at least 1024 bytes (got " + maxBody + ").");
        long hours = options.sessionHours() != null ? options.sessionHours()
                : integer("DUET_SESSION_HOURS", env.get("DUET_SESSION_HOURS"), 24 * 7);
        if (hours < 1) throw new Invalid("Sessions must last at least one hour (got " + hours + ").");
        boolean secure = options.secureCookies() != null ? options.secureCookies()
                : Boolean.parseBoolean(pick(null, env.get("DUET_SECURE_COOKIES"), "false"));
        var config = new DuetConfig(dataDir, url, pick(options.databaseUser(), env.get("DUET_DATABASE_USER"), null),
                pick(options.databasePassword(), env.get("DUET_DATABASE_PASSWORD"), null),
                pick(options.host(), env.get("DUET_HOST"), "127.0.0.1"), port, maxBody, secure, Duration.ofHours(hours),
                flag(options.webhookAllowPrivateTargets(), "DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS", env), rateLimit(options, env),
                maxUpload(options, env), schedulerInterval(options, env), eventsQueue(options, env),
                passwordIterations(env));
        config.prepareDataDir();
        return config;
    }

    /** Delivery requests a second one token may make on average (bursts of twice that pass); default 1000. */
    private static int rateLimit(Given options, Map<String, String> env) {
        int limit = options.deliveryRateLimit() != null ? options.deliveryRateLimit()
                : integer("DUET_DELIVERY_RATE_LIMIT", env.get("DUET_DELIVERY_RATE_LIMIT"), 1000);
        if (limit < 1) throw new Invalid("The delivery rate limit must be at least 1 request a second (got " + limit + ").");
        return limit;
    }

    /**
     * How many events may wait for their commit at once (default 50,000, a few tens of MB at most); a request that
     * does not fit is answered 429. At least 1000, the most one request may send.
     */
    private static int eventsQueue(Given options, Map<String, String> env) {
        int size = options.eventsQueue() != null ? options.eventsQueue()
                : integer("DUET_EVENTS_QUEUE", env.get("DUET_EVENTS_QUEUE"), 50_000);
        if (size < 1000 || size > 10_000_000) {
            throw new Invalid("The events queue must hold between 1000 and 10000000 events (got " + size + ").");
        }
        return size;
    }

    /**
     * PBKDF2 iterations for passwords set from now on (env {@code DUET_PASSWORD_ITERATIONS}; default 210,000, OWASP's
     * figure). Raise it as hardware gets faster; each stored hash keeps its own count, so old passwords still work.
     * Lower only where passwords guard nothing, as the test suite does (1000 at least).
     */
    private static int passwordIterations(Map<String, String> env) {
        int iterations = integer("DUET_PASSWORD_ITERATIONS", env.get("DUET_PASSWORD_ITERATIONS"), PasswordHasher.ITERATIONS);
        if (iterations < 1000) {
            throw new Invalid("Passwords need at least 1000 PBKDF2 iterations (got " + iterations + ").");
        }
        return iterations;
    }

    /** The largest asset upload in bytes; default 20 MiB. Uploads are streamed to disk, so this bounds disk, not memory. */
    private static long maxUpload(Given options, Map<String, String> env) {
        long max = options.maxUploadBytes() != null ? options.maxUploadBytes()
                : integer("DUET_MAX_UPLOAD_BYTES", env.get("DUET_MAX_UPLOAD_BYTES"), 20 * 1024 * 1024);
        if (max < 1024) throw new Invalid("The maximum upload size must be at least 1024 bytes (got " + max + ").");
        return max;
    }

    /**
     * How often each node looks for schedules that came due: a number with ms, s or m ({@code 250ms}, {@code 10s});
     * default 10 s. Schedules run at most this late.
     */
    private static Duration schedulerInterval(Given options, Map<String, String> env) {
        var raw = pick(options.schedulerInterval(), env.get("DUET_SCHEDULER_INTERVAL"), "10s").strip();
        var matcher = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)").matcher(raw);
        if (!matcher.matches()) {
            throw new Invalid("The scheduler interval must be a number with ms, s or m, such as 10s (got " + raw + ").");
        }
        long amount = Long.parseLong(matcher.group(1));
        var interval = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (interval.compareTo(Duration.ofMillis(10)) < 0 || interval.compareTo(Duration.ofHours(1)) > 0) {
            throw new Invalid("The scheduler interval must be between 10ms and 60m (got " + raw + ").");
        }
        return interval;
    }

    /** Where uploaded asset files are kept, named by their content's hash. */
    public Path assetsDir() {
        return dataDir.resolve("assets");
    }

    public boolean embedded() {
        return databaseUrl.startsWith("jdbc:sqlite:");
    }

    private void prepareDataDir() {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new Invalid("The data folder " + dataDir + " cannot be created (" + e.getMessage() + ").");
        }
        if (!Files.isWritable(dataDir)) throw new Invalid("The data folder " + dataDir + " is not writable.");
    }

    private static String pick(String option, String env, String fallback) {
        if (option != null && !option.isBlank()) return option;
        if (env != null && !env.isBlank()) return env;
        return fallback;
    }

    private static int integer(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(name + " must be a whole number (got " + raw + ").");
        }
    }

    /** An on/off setting; anything but true or false is refused rather than read as false. */
    private static boolean flag(Boolean option, String name, Map<String, String> env) {
        if (option != null) return option;
        var raw = env.get(name);
        if (raw == null || raw.isBlank()) return false;
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Invalid(name + " must be true or false (got " + raw + ").");
        };
    }

    /** Database URLs can carry passwords; never print them. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
