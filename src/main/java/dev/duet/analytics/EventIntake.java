package dev.duet.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.Unauthenticated;
import dev.duet.storage.Database;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Receives a site's events: finds the space of its delivery token, checks every event on its own, hands the valid
 * ones to the {@link EventWriter} and waits until they are committed. Owns the writer; closing it commits what waits.
 * Thread-safe.
 */
public final class EventIntake implements AutoCloseable {

    /** What became of one request's events. */
    public sealed interface Receipt {
    }

    /** The valid events are committed; the others were refused, each with its index in the request and its reasons. */
    public record Stored(int accepted, List<Rejection> rejected) implements Receipt {
    }

    /** The queue is full: none of the request's events were taken; try again after {@code retryAfterSeconds}. */
    public record Busy(long retryAfterSeconds) implements Receipt {
    }

    /** Storing failed or the node is stopping: none of the request's events were acknowledged. */
    public record Unavailable(String reason) implements Receipt {
    }

    /** Why the event at {@code index} of a request was refused. */
    public record Rejection(int index, List<String> errors) {
    }

    /** The token is missing or opens no space: answered 401 as the CDN answers it. */
    static final class TokenRejected extends Unauthenticated {
        TokenRejected() {
            super("Unauthorized: send a valid delivery token as the token parameter");
        }
    }

    private final Function<String, OptionalLong> spaceOfToken;
    private final StoryIds storyIds;
    private final EventWriter writer;
    private final Clock clock;

    /**
     * {@code spaceOfToken} resolves a space's public or preview delivery token (the delivery feature's); at most
     * {@code queueCapacity} events wait for their commit at once.
     */
    public EventIntake(EventLog log, Database database, Function<String, OptionalLong> spaceOfToken, Clock clock,
                       int queueCapacity) {
        this.spaceOfToken = spaceOfToken;
        this.storyIds = new StoryIds(database);
        this.writer = new EventWriter(log, queueCapacity);
        this.clock = clock;
    }

    /** The space the token opens. */
    long spaceOf(String token) {
        var space = token == null || token.isBlank() ? OptionalLong.empty() : spaceOfToken.apply(token);
        if (space.isEmpty()) throw new TokenRejected();
        return space.getAsLong();
    }

    /** Checks and stores {@code events}; returns once the valid ones are durable (or refused as a whole). */
    Receipt receive(long spaceId, List<JsonNode> events, String userAgent) {
        var request = new EventRules.Request(spaceId, clock.instant(), Devices.of(userAgent),
                storyId -> storyIds.contains(spaceId, storyId));
        var valid = new ArrayList<Event>(events.size());
        var rejected = new ArrayList<Rejection>();
        for (int index = 0; index < events.size(); index++) {
            switch (EventRules.check(events.get(index), request)) {
                case EventRules.Accepted accepted -> valid.add(accepted.event());
                case EventRules.Refused refused -> rejected.add(new Rejection(index, refused.errors()));
            }
        }
        if (valid.isEmpty()) return new Stored(0, rejected);
        return switch (writer.submit(valid)) {
            case EventWriter.Queued queued -> awaitCommit(queued, valid.size(), rejected);
            case EventWriter.Full full -> new Busy(full.retryAfterSeconds());
            case EventWriter.Closed closed -> new Unavailable("this node is shutting down; send the events again");
        };
    }

    private static Receipt awaitCommit(EventWriter.Queued queued, int accepted, List<Rejection> rejected) {
        try {
            queued.committed().get();
            return new Stored(accepted, List.copyOf(rejected));
        } catch (ExecutionException e) {
            return new Unavailable("the events could not be stored; none were kept, send them again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unavailable("the request was interrupted before the events were stored; send them again");
        }
    }

    /** How many events may wait for their commit at once. */
    public int queueCapacity() {
        return writer.capacity();
    }

    /** How many events wait for their commit now (for monitoring). */
    public int queueDepth() {
        return writer.waiting();
    }

    /** Takes no more events and commits the waiting ones. */
    @Override
    public void close() {
        writer.close();
    }
}
