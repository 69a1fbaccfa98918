package dev.duet.analytics;

import dev.duet.web.ErrorBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

import static dev.duet.access.Permission.DELIVERY;

/**
 * {@code POST /v2/events}: sites report exposures, views, clicks, conversions and custom events, authorised by the
 * space's delivery token in {@code token} as the CDN is (so the route declares {@code DELIVERY} and checks the token
 * itself). Open to every origin like {@code /v2/cdn}, with a preflight for JSON bodies; {@code Retry-After} is exposed
 * so browser clients can honour a 429.
 */
public final class EventRoutes {

    public static final String PATH = "/v2/events";
    static final String EXPOSED = "Retry-After";
    static final String METHODS = "POST, OPTIONS";

    /** The answer to a request whose valid events are stored. */
    record Acknowledgement(int accepted, List<EventIntake.Rejection> rejected) {
    }

    private final EventIntake intake;

    public EventRoutes(EventIntake intake) {
        this.intake = intake;
    }

    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Expose-Headers", EXPOSED);
        });
        routes.post(PATH, this::receive, DELIVERY);
        routes.options(PATH, EventRoutes::preflight, DELIVERY);
    }

    private void receive(Context ctx) {
        long spaceId = intake.spaceOf(ctx.queryParam("token"));
        EventBodies.checkType(ctx.contentType());
        var events = EventBodies.read(ctx.bodyInputStream(), ctx.contentLength());
        switch (intake.receive(spaceId, events, ctx.userAgent())) {
            case EventIntake.Stored stored -> acknowledge(ctx, stored);
            case EventIntake.Busy busy -> refuse(ctx, 429, busy.retryAfterSeconds(),
                    "too many events are waiting to be stored; none of these were taken, send them again after "
                            + busy.retryAfterSeconds() + " s");
            case EventIntake.Unavailable unavailable -> refuse(ctx, 503, 1, unavailable.reason());
        }
    }

    /** The common answer, every event taken, is written as it is: serialising it showed in the intake profile. */
    private static void acknowledge(Context ctx, EventIntake.Stored stored) {
        if (stored.rejected().isEmpty()) {
            ctx.contentType("application/json").result("{\"accepted\":" + stored.accepted() + ",\"rejected\":[]}");
        } else {
            ctx.json(new Acknowledgement(stored.accepted(), stored.rejected()));
        }
    }

    private static void refuse(Context ctx, int status, long retryAfterSeconds, String message) {
        ctx.header("Retry-After", Long.toString(retryAfterSeconds));
        ctx.status(status).json(new ErrorBody(message));
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", METHODS);
        var requested = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Headers", requested == null || requested.isBlank() ? "Content-Type" : requested);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
