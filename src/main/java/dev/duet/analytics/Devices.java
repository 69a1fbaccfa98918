package dev.duet.analytics;

import java.util.Locale;
import java.util.Set;

/**
 * The kind of device a User-Agent names, for events that send no {@code device}. Only the kind is kept, never the
 * User-Agent string. Tablets are checked first because tablet browsers also say "Android" or "Mobile" at times.
 * Pure and thread-safe.
 */
final class Devices {

    static final Set<String> KNOWN = Set.of("mobile", "tablet", "desktop");

    private Devices() {
    }

    /** {@code mobile}, {@code tablet} or {@code desktop}; null without a User-Agent. */
    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) return null;
        var ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("ipad") || ua.contains("tablet") || ua.contains("kindle") || ua.contains("silk/")
                || ua.contains("playbook") || (ua.contains("android") && !ua.contains("mobile"))) {
            return "tablet";
        }
        if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("ipod") || ua.contains("android")
                || ua.contains("windows phone") || ua.contains("blackberry") || ua.contains("opera mini")) {
            return "mobile";
        }
        return "desktop";
    }
}
