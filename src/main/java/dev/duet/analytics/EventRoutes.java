package dev.duet.analytics;

import dev.duet.failure.DuetException;
import dev.duet.web.ErrorBody;
import dev.duet.web.Json;
import dev.duet.web.WebErrors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.DELIVERY;

/**
 * {@code POST /v2/events}: sites report exposures, views, clicks, conversions and custom events, authorised by the
 * space's delivery token in {@code token} as the CDN is (so the route declares {@code DELIVERY} and checks the token
 * itself). Open to every origin like {@code /v2/cdn}, with a preflight for JSON bodies; {@code Retry-After} is exposed
 * so browser clients can honour a 429.
 */
public final class EventRoutes {

    public static final String PATH = "/v2/events";
    private static final Logger LOG = LoggerFactory.getLogger(EventRoutes.class);
    static final String METHODS = "POST, OPTIONS";
    /** On every answer to the path, by the route and by {@link EventFastPath} alike: open to all, Retry-After readable. */
    static final Map<String, String> CORS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Expose-Headers", "Retry-After");

    /** The answer to a request whose valid events are stored. */
    record Acknowledgement(int accepted, List<EventIntake.Rejection> rejected) {
    }

    private final EventIntake intake;

    public EventRoutes(EventIntake intake) {
        this.intake = intake;
    }

    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> CORS.forEach(ctx::header));
        routes.post(PATH, this::receive, DELIVERY);
        routes.options(PATH, EventRoutes::preflight, DELIVERY);
    }

    private void receive(Context ctx) {
        var answer = answer(ctx.queryParam("token"), ctx.contentType(), ctx.bodyInputStream(), ctx.contentLength(),
                ctx.userAgent());
        if (answer.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(answer.retryAfterSeconds()));
        ctx.status(answer.status()).contentType("application/json").result(answer.json());
    }

    /** What a POST of events is answered: a status, a JSON body and, for a refusal to retry, {@code Retry-After}. */
    record Answer(int status, String json, long retryAfterSeconds) {
    }

    /**
     * The answer to a POST of events, computed alike by the route and by {@link EventFastPath}: the space of the
     * token, the body read and checked, the valid events committed. Failures are answered as {@link WebErrors} answers
     * them on every other route.
     */
    Answer answer(String token, String contentType, InputStream body, long contentLength, String userAgent) {
        try {
            long spaceId = intake.spaceOf(token);
            EventBodies.checkType(contentType);
            var events = EventBodies.read(body, contentLength);
            return switch (intake.receive(spaceId, events, userAgent)) {
                case EventIntake.Stored stored -> new Answer(200, acknowledgement(stored), 0);
                case EventIntake.Busy busy -> refusal(429, busy.retryAfterSeconds(),
                        "too many events are waiting to be stored; none of these were taken, send them again after "
                                + busy.retryAfterSeconds() + " s");
                case EventIntake.Unavailable unavailable -> refusal(503, 1, unavailable.reason());
            };
        } catch (DuetException e) {
            return new Answer(WebErrors.statusOf(e.kind()), Json.write(new ErrorBody(e.getMessage(), e.details())), 0);
        } catch (java.io.UncheckedIOException e) {
            // the client went away or stalled mid-body: nothing was taken, and there is nobody to blame on this side
            LOG.debug("an events body could not be read", e);
            return new Answer(400, Json.write(new ErrorBody("the body could not be read: " + e.getCause().getMessage())), 0);
        } catch (RuntimeException e) {
            LOG.error("receiving events failed", e);
            return new Answer(500, Json.write(new ErrorBody("internal error; the request was not completed")), 0);
        }
    }

    /** The common answer, every event taken, is written as it is: serialising it showed in the intake profile. */
    private static String acknowledgement(EventIntake.Stored stored) {
        if (stored.rejected().isEmpty()) return "{\"accepted\":" + stored.accepted() + ",\"rejected\":[]}";
        return Json.write(new Acknowledgement(stored.accepted(), stored.rejected()));
    }

    private static Answer refusal(int status, long retryAfterSeconds, String message) {
        return new Answer(status, Json.write(new ErrorBody(message)), retryAfterSeconds);
    }

    /** The Jetty handler to put in front of Javalin: takes {@code POST /v2/events} itself, passes the rest on. */
    public Handler.Wrapper fastPath() {
        return new EventFastPath(this);
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", METHODS);
        var requested = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Headers", requested == null || requested.isBlank() ? "Content-Type" : requested);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
