package dev.duet.collab.wins;

import dev.duet.failure.InvalidInput;
import dev.duet.failure.InvalidInput.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The digest subscription as a request sets it. {@code url} is required; {@code weekday} (1 Monday to 7 Sunday)
 * defaults to Monday and {@code hour} (0–23, UTC) to 9; {@code active} to true; {@code baseUrl}, where people open
 * Duet, to the origin the request came to; {@code rotateSecret} makes a new signing secret.
 */
public record DigestSettings(String url, Integer weekday, Integer hour, Boolean active, String baseUrl,
                             Boolean rotateSecret) {

    static final int MAX_URL = 2000;

    /** The request body: {@code {"subscription": {...}}}. */
    public record Body(DigestSettings subscription) {
    }

    /** The settings checked, with every problem at once; {@code origin} is the default base URL. */
    Checked check(String origin) {
        var problems = new ArrayList<Problem>();
        var target = url("url", url, true, problems);
        var base = url("base_url", baseUrl == null || baseUrl.isBlank() ? origin : baseUrl, false, problems);
        int day = weekday == null ? 1 : weekday;
        if (day < 1 || day > 7) problems.add(new Problem("weekday", "must be 1 (Monday) to 7 (Sunday), got " + day));
        int at = hour == null ? 9 : hour;
        if (at < 0 || at > 23) problems.add(new Problem("hour", "must be 0 to 23 (UTC), got " + at));
        if (!problems.isEmpty()) {
            throw new InvalidInput("the digest subscription is not valid: " + problems, List.copyOf(problems));
        }
        var trimmedBase = base.toString().replaceAll("/+$", "");
        return new Checked(target, trimmedBase, day, at, active == null || active, Boolean.TRUE.equals(rotateSecret));
    }

    record Checked(URI url, String baseUrl, int weekday, int hour, boolean active, boolean rotateSecret) {
    }

    private static URI url(String path, String value, boolean required, List<Problem> problems) {
        var rule = "must be an absolute http or https URL";
        if (value == null || value.isBlank()) {
            if (required) problems.add(new Problem(path, "is required; " + rule));
            return URI.create("http://localhost");
        }
        if (value.strip().length() > MAX_URL) {
            problems.add(new Problem(path, "must be at most " + MAX_URL + " characters"));
            return URI.create("http://localhost");
        }
        try {
            var uri = new URI(value.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add(new Problem(path, rule + ", got " + value));
            } else if (uri.getUserInfo() != null) {
                problems.add(new Problem(path, "must not carry a user name or password; receivers check the signature instead"));
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(new Problem(path, rule + ", got " + value));
            return URI.create("http://localhost");
        }
    }
}
