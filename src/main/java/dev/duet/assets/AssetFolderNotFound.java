package dev.duet.assets;

import dev.duet.failure.NotFound;

/** No asset folder with this id in the space, one of another space included. */
public class AssetFolderNotFound extends NotFound {
    public AssetFolderNotFound(long id) {
        super("asset folder", id);
    }
}
