package dev.duet.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.duet.content.ContentEvent;
import dev.duet.content.ContentListener;
import dev.duet.datasources.DatasourceEntriesUpdated;
import dev.duet.datasources.DatasourceListener;
import dev.duet.storage.ClusterNotifier;
import dev.duet.web.Json;

import java.util.Map;

/**
 * Keeps every node's published snapshots current when several Duet nodes share one PostgreSQL: each committed content
 * or datasource event is sent to the other nodes ({@link ClusterNotifier}), which feed it to their snapshots exactly
 * as if it had happened locally — the same incremental update, within a second. Only snapshots hear remote events;
 * webhooks stay with the node that made the change, so nothing is sent twice. Each time the node starts hearing the
 * others (at start and after a lost connection) every snapshot is dropped and rebuilt on its next read, since events
 * sent before may have been missed.
 */
public final class ClusterSync implements ContentListener, DatasourceListener {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "StoryPublished", ContentEvent.StoryPublished.class,
            "StoryUnpublished", ContentEvent.StoryUnpublished.class,
            "StoryDeleted", ContentEvent.StoryDeleted.class,
            "StoryMoved", ContentEvent.StoryMoved.class,
            "DatasourceEntriesUpdated", DatasourceEntriesUpdated.class);

    private final ClusterNotifier notifier;
    private final Snapshots snapshots;

    public ClusterSync(ClusterNotifier notifier, Snapshots snapshots) {
        this.notifier = notifier;
        this.snapshots = snapshots;
    }

    public void start() {
        notifier.start(this::received, snapshots::invalidateAll);
    }

    @Override
    public void on(ContentEvent event) {
        send(event);
    }

    @Override
    public void entriesUpdated(DatasourceEntriesUpdated event) {
        send(event);
    }

    private void send(Object event) {
        if (notifier.clustered()) notifier.send(event.getClass().getSimpleName() + " " + Json.write(event));
    }

    private void received(String message) {
        int space = message.indexOf(' ');
        var type = space < 0 ? null : TYPES.get(message.substring(0, space));
        if (type == null) throw new IllegalArgumentException("unknown cluster message " + message);
        Object event;
        try {
            event = Json.mapper().readValue(message.substring(space + 1), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable cluster message " + message, e);
        }
        switch (event) {
            case ContentEvent content -> snapshots.on(content);
            case DatasourceEntriesUpdated entries -> snapshots.entriesUpdated(entries);
            default -> throw new IllegalStateException("unexpected cluster event " + event);
        }
    }
}
