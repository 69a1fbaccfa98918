package dev.duet.assets;

import dev.duet.failure.InvalidInput;

/** The image service was asked to resize a file it cannot: not a JPEG, PNG or GIF, too large, or undecodable. */
public final class NotTransformable extends InvalidInput {
    public NotTransformable(String message) {
        super(message);
    }
}
