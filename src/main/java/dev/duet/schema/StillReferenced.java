package dev.duet.schema;

import dev.duet.failure.Conflict;

import java.util.List;

/** A component or group cannot be deleted while other components' whitelists name it; details list where. */
public class StillReferenced extends Conflict {

    /** One whitelist entry that names the thing being deleted. */
    public record Use(String component, String path) {
    }

    public StillReferenced(String what, List<Use> uses) {
        super(what + " is still named in " + uses.size() + " whitelist entr" + (uses.size() == 1 ? "y" : "ies")
                + "; remove it there first", uses);
    }
}
