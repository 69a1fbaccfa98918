package dev.duet.delivery;

import dev.duet.failure.InvalidInput;

import java.util.List;

/** A delivery query parameter that cannot be read; the CDN answers 422 naming it. */
final class BadParameter extends InvalidInput {
    BadParameter(String parameter, String message) {
        super(parameter + ": " + message, List.of(new Problem(parameter, message)));
    }
}
