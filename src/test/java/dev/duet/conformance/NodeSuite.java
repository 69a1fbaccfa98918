package dev.duet.conformance;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Node project under src/test/conformance: installs its locked dependencies when they are missing or stale and
 * runs its tests, streaming their output into the build log. Thread-safe: installs run one at a time.
 */
final class NodeSuite {

    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);

    private final Path directory;

    NodeSuite(Path directory) {
        this.directory = directory;
    }

    /** True when an executable named {@code command} is on the PATH. */
    static boolean onPath(String command) {
        var path = System.getenv("PATH");
        if (path == null) return false;
        return Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, command)));
    }

    /**
     * Runs {@code npm ci} unless node_modules was installed from exactly this package-lock.json; a stamp file inside
     * node_modules remembers the lock file's digest, so a changed lock reinstalls.
     */
    synchronized void install() {
        var digest = sha256(directory.resolve("package-lock.json"));
        var stamp = directory.resolve("node_modules/.duet-package-lock.sha256");
        if (Files.isDirectory(directory.resolve("node_modules")) && digest.equals(read(stamp))) return;
        if (!onPath("npm")) throw new IllegalStateException("node_modules is missing or stale and npm is not on the PATH");
        int exit = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), INSTALL_LIMIT);
        if (exit != 0) throw new IllegalStateException("npm ci failed with exit code " + exit + "; its output is above");
        write(stamp, digest);
    }

    /**
     * Runs every *.test.js file (each in its own process; the files do not depend on each other's order) and returns
     * node's exit code, 0 when every test passed.
     */
    int test(Map<String, String> environment) {
        return run(List.of("node", "--test", "--test-reporter=spec"), environment, RUN_LIMIT);
    }

    private int run(List<String> command, Map<String, String> environment, Duration limit) {
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            var process = builder.start();
            var printer = Thread.ofVirtual().start(() -> stream(process.getInputStream(), command.get(0)));
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly); // node --test runs a process per file
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + limit);
            }
            printer.join();
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stream(InputStream output, String prefix) {
        try (var lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("[" + prefix + "] " + line));
        } catch (IOException e) {
            // the process ended and closed its output; whatever it printed has been printed
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
