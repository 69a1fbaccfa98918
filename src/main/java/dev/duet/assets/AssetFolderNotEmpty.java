package dev.duet.assets;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** A folder that still holds assets or folders was to be deleted; they are never deleted along with it. */
public final class AssetFolderNotEmpty extends Conflict {
    public AssetFolderNotEmpty(AssetFolder folder, long assets, long folders) {
        super("asset folder " + folder.id() + " (" + folder.name() + ") still holds " + assets + " assets and " + folders
                + " folders; move or delete them first", List.of(Map.of("assets", assets, "folders", folders)));
    }
}
