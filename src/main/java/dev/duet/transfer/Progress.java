package dev.duet.transfer;

/** Told how far a long export or import has come; called from the working thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (section, done) -> { };

    void advanced(String section, long done);
}
