package dev.duet.web;

import java.util.List;

/** The JSON body of every error Duet answers: {@code {"error": "...", "details": [...]}}. */
public record ErrorBody(String error, List<?> details) {
    public ErrorBody(String error) {
        this(error, List.of());
    }
}
