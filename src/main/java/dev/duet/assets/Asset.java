package dev.duet.assets;

import java.time.Instant;

/**
 * One file of a space's asset library. {@code name} is the sanitised original file name (metadata, and the last
 * segment of the public URL; never a path on disk); {@code hash} the SHA-256 of the bytes, which names the stored file.
 * {@code width} and {@code height} are null when unknown; {@code alt}, {@code title}, {@code copyright} and
 * {@code focus} are null when not set; {@code folderId} is null at the top level.
 */
public record Asset(long id, long spaceId, Long folderId, String name, String hash, MediaType type, long size,
                    Integer width, Integer height, String alt, String title, String copyright, Focus focus,
                    Instant createdAt, Instant updatedAt) {

    /** The path of the original under the public file route, e.g. {@code /a/1/9f86.../hero.jpg}. */
    public String publicPath() {
        return "/a/" + spaceId + "/" + hash + "/" + name;
    }
}
