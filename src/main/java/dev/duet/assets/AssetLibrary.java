package dev.duet.assets;

import dev.duet.failure.InvalidInput;
import dev.duet.failure.Problems;

import java.io.InputStream;

/**
 * Uploads and deletions, which touch both the files on disk and the records: an upload is hashed, sniffed, measured
 * and checked before anything is kept, and a file leaves the disk only when no space uses it any more.
 */
public final class AssetLibrary {

    private final Assets assets;
    private final AssetFiles files;
    private final long maxUploadBytes;

    public AssetLibrary(Assets assets, AssetFiles files, long maxUploadBytes) {
        this.assets = assets;
        this.files = files;
        this.maxUploadBytes = maxUploadBytes;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Stores the bytes of {@code content} as an asset of the space, with the metadata given. The type comes from the
     * bytes; {@code clientName} (or the metadata's {@code name}) only yields the asset's sanitised name. When the space already has these bytes, its
     * existing asset is answered unchanged. Refused uploads (too large 413, unaccepted type 415, bad metadata 400)
     * leave nothing behind.
     */
    public Assets.Stored upload(long spaceId, String clientName, InputStream content, AssetSettings metadata) {
        var problems = new Problems();
        metadata.check(problems);
        problems.throwIfAny();
        var received = files.receive(content, maxUploadBytes);
        try {
            var type = MediaType.detect(received.head())
                    .orElseThrow(() -> UnsupportedFileType.of(MediaType.describe(received.head()), clientName));
            var size = ImageSize.read(type, received.temp(), received.head()).orElse(null);
            if (size == null && type.transformable()) {
                throw InvalidInput.field("file", "starts like a " + type.extension().toUpperCase(java.util.Locale.ROOT)
                        + " image, but its header cannot be read; the file may be damaged");
            }
            var focus = Focus.parse("focus", metadata.focus(), size == null ? null : size.width(), size == null ? null : size.height());
            var folder = metadata.assetFolderId() == null || metadata.assetFolderId() == 0 ? null : metadata.assetFolderId();
            var draft = new Assets.NewAsset(spaceId, folder, FileNames.sanitise(metadata.name() != null ? metadata.name() : clientName, type), received.hash(), type,
                    received.size(), size, AssetSettings.stored(metadata.alt()), AssetSettings.stored(metadata.title()),
                    AssetSettings.stored(metadata.copyright()), focus);
            return files.exclusively(received.hash(), () -> {
                files.keep(received);
                try {
                    return assets.insert(draft);
                } catch (RuntimeException e) {
                    if (!assets.isUsed(received.hash())) files.delete(received.hash());
                    throw e;
                }
            });
        } finally {
            files.discard(received);
        }
    }

    /** Deletes the asset; its file (and cached renditions) too, unless another space has the same bytes. */
    public Asset delete(long spaceId, long id) {
        var deleted = assets.delete(spaceId, id);
        files.exclusively(deleted.hash(), () -> {
            if (!assets.isUsed(deleted.hash())) files.delete(deleted.hash());
            return null;
        });
        return deleted;
    }
}
