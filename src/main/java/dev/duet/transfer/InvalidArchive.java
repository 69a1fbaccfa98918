package dev.duet.transfer;

import dev.duet.failure.InvalidInput;

import java.util.List;

/** The archive cannot be imported as it is; nothing was written. */
public class InvalidArchive extends InvalidInput {
    public InvalidArchive(String message) {
        super(message);
    }

    public InvalidArchive(String message, List<Problem> problems) {
        super(message, problems);
    }
}
