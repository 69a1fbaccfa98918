package dev.duet.webhooks;

/** How one attempt to send a delivery ended. */
public sealed interface Outcome {

    /** The receiver answered 2xx. */
    record Delivered(int statusCode) implements Outcome {
    }

    /** No 2xx answer: another status ({@code statusCode}), or none at all (null) with what went wrong; worth a retry. */
    record Failed(Integer statusCode, String error) implements Outcome {
    }

    /** The target may not be reached (see {@link TargetGuard}); retrying will not change that. */
    record Refused(String error) implements Outcome {
    }
}
