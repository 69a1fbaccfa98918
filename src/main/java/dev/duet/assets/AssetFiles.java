package dev.duet.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The asset files on disk, content-addressed: the original of a file whose SHA-256 is {@code abcd1234...} lives at
 * {@code <root>/ab/cd/abcd1234...}, its cached renditions under {@code <root>/renditions/ab/cd/abcd1234.../}. No name
 * a client chose ever becomes part of a path: only validated hashes and keys built from numbers do. Every file is
 * written to {@code <root>/tmp} first and moved into place atomically, so readers never see half a file.
 *
 * <p>Thread-safe. {@link #exclusively} serialises the steps that decide whether a file is still used (an upload
 * that finds the file present and records it, a delete that finds it unused and removes it) per hash, within this
 * process.
 */
public final class AssetFiles {

    /** A file received into the temporary folder, hashed and measured, not yet in place. */
    public record Received(Path temp, String hash, long size, byte[] head) {
    }

    private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern RENDITION_KEY = Pattern.compile("^[0-9a-z.\\-]{1,100}$");

    private final Path root;
    private final Path temp;
    private final ReentrantLock[] locks = new ReentrantLock[64];

    public AssetFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve("tmp");
        Arrays.setAll(locks, i -> new ReentrantLock());
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the asset folder " + root, e);
        }
    }

    /** The folder uploads are spooled to before they are hashed (the multipart parser's too). */
    public Path temporaryFolder() {
        return temp;
    }

    public static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    /**
     * Copies {@code in} into a temporary file while hashing it, refusing more than {@code maxBytes}. The caller moves
     * it into place with {@link #keep} or drops it with {@link #discard}.
     */
    public Received receive(InputStream in, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile(temp, "upload-", ".part");
            var digest = sha256();
            var head = new java.io.ByteArrayOutputStream();
            long size = 0;
            try (var out = Files.newOutputStream(file)) {
                var buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) throw new UploadTooLarge(maxBytes);
                    digest.update(buffer, 0, read);
                    if (head.size() < MediaType.HEAD_BYTES) head.write(buffer, 0, Math.min(read, MediaType.HEAD_BYTES - head.size()));
                    out.write(buffer, 0, read);
                }
            }
            return new Received(file, HexFormat.of().formatHex(digest.digest()), size, head.toByteArray());
        } catch (IOException e) {
            discardQuietly(file);
            throw new UncheckedIOException("cannot store the upload", e);
        } catch (RuntimeException e) {
            discardQuietly(file);
            throw e;
        }
    }

    /** Moves a received file into its content-addressed place; when the same bytes are already there, drops it. */
    public void keep(Received received) {
        var target = original(received.hash());
        try {
            if (Files.exists(target)) {
                Files.delete(received.temp());
                return;
            }
            Files.createDirectories(target.getParent());
            moveIntoPlace(received.temp(), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the file " + received.hash(), e);
        }
    }

    public void discard(Received received) {
        discardQuietly(received.temp());
    }

    /** The original's path; the hash must have been checked with {@link #isHash}. */
    public Path original(String hash) {
        requireHash(hash);
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    /** Where a rendition of the file with {@code key} (letters, digits, dots and dashes only) is cached. */
    public Path rendition(String hash, String key) {
        if (!RENDITION_KEY.matcher(key).matches()) throw new IllegalArgumentException("not a rendition key: " + key);
        return renditions(hash).resolve(key);
    }

    /** Writes a rendition through a temporary file, so a reader sees all of it or none. */
    public void writeRendition(String hash, String key, byte[] bytes) {
        var target = rendition(hash, key);
        try {
            Files.createDirectories(target.getParent());
            var file = Files.createTempFile(temp, "rendition-", ".part");
            Files.write(file, bytes);
            moveIntoPlace(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache a rendition of " + hash, e);
        }
    }

    /** Removes the original and every cached rendition of the file. */
    public void delete(String hash) {
        try {
            Files.deleteIfExists(original(hash));
            var renditions = renditions(hash);
            if (!Files.isDirectory(renditions)) return;
            try (var files = Files.walk(renditions)) {
                for (var path : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the file " + hash, e);
        }
    }

    /** Runs {@code action} while no other thread of this process runs one for the same hash. */
    public <T> T exclusively(String hash, Supplier<T> action) {
        var lock = locks[Integer.parseInt(hash.substring(0, 2), 16) % locks.length];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private Path renditions(String hash) {
        requireHash(hash);
        return root.resolve("renditions").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    private static void requireHash(String hash) {
        if (!isHash(hash)) throw new IllegalArgumentException("not a SHA-256 hash: " + hash);
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // same bytes (or the same rendition) put in place by another request meanwhile
            Files.deleteIfExists(source);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void discardQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the upload's own failure is what the caller reports
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
