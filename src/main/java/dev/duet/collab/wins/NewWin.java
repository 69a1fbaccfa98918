package dev.duet.collab.wins;

import java.util.Map;
import java.util.Objects;

/**
 * A win as the feature that earned it tells it.
 *
 * @param source  names the change uniquely (e.g. {@code request:42:done}); the same source is recorded once
 * @param spaceId the space it belongs to, or null for company-wide wins (goals, requests)
 * @param title   the phrase people read: "Pricing page is live"
 * @param actor   who made it happen (an email, or "Duet" for automatic changes)
 * @param link    where the admin app shows it (a path such as {@code /admin/spaces/1/experiments?experiment=x}), or null
 * @param details facts for programs (ids, versions, values)
 */
public record NewWin(WinKind kind, String source, Long spaceId, String title, String actor, String link,
                     Map<String, Object> details) {

    public NewWin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(actor, "actor");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
