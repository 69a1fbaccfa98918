package dev.duet.failure;

import java.util.List;

/** Input that breaks a rule; {@code details} lists each problem as {@code {"path": ..., "message": ...}}. */
public class InvalidInput extends DuetException {

    /** One problem with one place in the input. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    public InvalidInput(String message) {
        super(Kind.INVALID, message);
    }

    public InvalidInput(String message, List<Problem> problems) {
        super(Kind.INVALID, message, problems);
    }

    public static InvalidInput field(String path, String message) {
        return new InvalidInput(path + ": " + message, List.of(new Problem(path, message)));
    }
}
