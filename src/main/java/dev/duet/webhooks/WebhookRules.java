package dev.duet.webhooks;

import dev.duet.failure.InvalidInput;
import dev.duet.failure.InvalidInput.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rules for webhook settings, checked before anything is stored. All problems of one request are reported
 * together, each naming its field ({@code url}, {@code events[1]}). Whether the URL's host is allowed is
 * {@link TargetGuard}'s question, asked once these rules pass.
 */
final class WebhookRules {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 2000;
    static final int MIN_SECRET = 8;
    static final int MAX_SECRET = 200;

    /** Settings that passed the rules; on change, null still means "keep". */
    record Checked(String name, URI url, List<WebhookEvent> events, String secret, Boolean active) {
    }

    private WebhookRules() {
    }

    static Checked forCreate(WebhookSettings settings) {
        return check(settings, true);
    }

    static Checked forUpdate(WebhookSettings settings) {
        return check(settings, false);
    }

    private static Checked check(WebhookSettings settings, boolean creating) {
        if (settings == null) throw InvalidInput.field("webhook", "is required");
        var problems = new ArrayList<Problem>();
        var name = name(settings.name(), creating, problems);
        var url = url(settings.url(), creating, problems);
        var events = events(settings.events(), creating, problems);
        var secret = settings.secret();
        if (secret != null && (secret.isBlank() || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)) {
            problems.add(new Problem("secret", "must be " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters (leave it out to have one generated)"));
        }
        if (!problems.isEmpty()) throw new InvalidInput("invalid webhook", problems);
        return new Checked(name, url, events, secret, settings.active());
    }

    private static String name(String name, boolean required, List<Problem> problems) {
        if (name == null && !required) return null;
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "is required"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new Problem("name", "must be at most " + MAX_NAME + " characters"));
        }
        return name == null ? null : name.strip();
    }

    private static URI url(String url, boolean required, List<Problem> problems) {
        if (url == null && !required) return null;
        var rule = "must be an absolute http or https URL like https://example.com/webhooks/duet";
        if (url == null || url.isBlank()) {
            problems.add(new Problem("url", "is required; " + rule));
            return null;
        }
        if (url.strip().length() > MAX_URL) {
            problems.add(new Problem("url", "must be at most " + MAX_URL + " characters"));
            return null;
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.isOpaque()) {
                problems.add(new Problem("url", rule));
            } else if (uri.getRawUserInfo() != null) {
                problems.add(new Problem("url", "must not carry a user name or password; receivers check the signature instead"));
            } else {
                return uri;
            }
        } catch (URISyntaxException e) {
            problems.add(new Problem("url", rule));
        }
        return null;
    }

    private static List<WebhookEvent> events(List<String> names, boolean required, List<Problem> problems) {
        if (names == null && !required) return null;
        var choices = WebhookEvent.subscribable().stream().map(WebhookEvent::id).collect(Collectors.joining(", "));
        if (names == null || names.isEmpty()) {
            problems.add(new Problem("events", "choose at least one of " + choices));
            return null;
        }
        var events = new LinkedHashSet<WebhookEvent>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            var event = name == null ? null : WebhookEvent.subscribable(name.strip()).orElse(null);
            if (event == null) {
                problems.add(new Problem("events[" + i + "]", "unknown event " + name + "; choose from " + choices));
            } else if (!events.add(event)) {
                problems.add(new Problem("events[" + i + "]", name + " is listed twice"));
            }
        }
        return List.copyOf(events);
    }
}
