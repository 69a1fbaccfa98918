package dev.duet.experiments;

import dev.duet.failure.NotFound;

/** No experiment block with this key in the space's stories (draft or published). */
public class ExperimentNotFound extends NotFound {
    public ExperimentNotFound(String key) {
        super("experiment", "\"" + key + "\"");
    }
}
