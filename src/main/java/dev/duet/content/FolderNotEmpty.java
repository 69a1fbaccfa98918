package dev.duet.content;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** A folder that still holds stories was to be deleted without saying that they should go too. */
public final class FolderNotEmpty extends Conflict {
    public FolderNotEmpty(Story folder, int descendants) {
        super("folder " + folder.id() + " (" + folder.fullSlug() + ") holds " + descendants + " stories or folders; "
                        + "move or delete them first, or delete with ?recursive=true to delete them too",
                List.of(Map.of("descendants", descendants)));
    }
}
