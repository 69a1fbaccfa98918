package dev.duet.web;

import dev.duet.failure.DuetException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP statuses and JSON bodies. */
public final class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    private WebErrors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(DuetException.class, (e, ctx) -> answer(ctx, statusOf(e.kind()), e.getMessage(), e));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), message(e), null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the request was not completed", null);
        });
    }

    public static int statusOf(DuetException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case PRECONDITION_REQUIRED -> 428;
        };
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "no such endpoint";
            case 405 -> "method not allowed on this endpoint";
            case 413 -> "request body is too large";
            default -> e.getMessage() == null || e.getMessage().isBlank()
                    ? HttpStatus.forStatus(e.getStatus()).getMessage() : e.getMessage();
        };
    }

    private static void answer(Context ctx, int status, String message, DuetException e) {
        ctx.status(status).json(new ErrorBody(message, e == null ? java.util.List.of() : e.details()));
    }
}
