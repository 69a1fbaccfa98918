package dev.duet.assets;

import dev.duet.failure.NotFound;

/** No asset with this id (or file with this hash) in the space, one of another space included. */
public class AssetNotFound extends NotFound {
    public AssetNotFound(Object id) {
        super("asset", id);
    }
}
