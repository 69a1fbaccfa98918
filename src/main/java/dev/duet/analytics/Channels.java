package dev.duet.analytics;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where a visit came from, derived when an event names no {@code channel}: first from {@code utm_medium}, then from
 * {@code utm_source}, then from the referrer's host; nothing at all is {@code direct}. Pure and thread-safe.
 *
 * <ol>
 *   <li>{@code utm_medium}: cpc, ppc, cpm, cpv, display, banner, retargeting, or anything starting with {@code paid}
 *       is {@code paid}; email, e-mail, e_mail, newsletter is {@code email}; social, social-network, social-media,
 *       sm, organic-social is {@code social}; organic is {@code search}; referral is {@code referral}.</li>
 *   <li>{@code utm_source} naming a search engine, social network or mail service gives that channel.</li>
 *   <li>Any other UTM tag is {@code campaign}: a tagged link whose kind Duet does not know.</li>
 *   <li>Without UTM tags, a referrer on a search engine, social network or web mail host gives that channel; any
 *       other referrer is {@code referral}; no referrer (or one that is no http(s) URL) is {@code direct}.</li>
 * </ol>
 */
final class Channels {

    static final Set<String> KNOWN = Set.of("search", "social", "email", "paid", "referral", "direct", "campaign");

    private static final Set<String> PAID_MEDIA = Set.of("cpc", "ppc", "cpm", "cpv", "display", "banner", "retargeting");
    private static final Set<String> EMAIL_MEDIA = Set.of("email", "e-mail", "e_mail", "newsletter");
    private static final Set<String> SOCIAL_MEDIA = Set.of("social", "social-network", "social-media", "social_media",
            "sm", "organic-social", "organic_social");
    /** Second-level names (the label before the public suffix) of search engines. */
    private static final Set<String> SEARCH = Set.of("google", "bing", "duckduckgo", "yahoo", "baidu", "yandex",
            "ecosia", "startpage", "qwant", "brave", "naver", "seznam", "kagi");
    private static final Set<String> SOCIAL = Set.of("facebook", "fb", "instagram", "twitter", "x", "t", "linkedin",
            "lnkd", "reddit", "pinterest", "youtube", "tiktok", "threads", "bsky", "mastodon", "xing", "ycombinator");
    private static final Set<String> MAIL_HOSTS = Set.of("mail.google.com", "outlook.live.com", "outlook.office.com",
            "mail.yahoo.com", "mail.proton.me", "webmail.gmx.net");
    private static final Set<String> MAIL_SOURCES = Set.of("newsletter", "email", "mailchimp", "brevo", "sendgrid",
            "mailjet", "klaviyo", "hubspot-email");

    private Channels() {
    }

    static String derive(String utmSource, String utmMedium, String referrer) {
        var medium = normal(utmMedium);
        var source = normal(utmSource);
        var byMedium = medium.isEmpty() ? null : ofMedium(medium);
        if (byMedium != null) return byMedium;
        var bySource = source.isEmpty() ? null : ofSource(source);
        if (bySource != null) return bySource;
        if (!medium.isEmpty() || !source.isEmpty()) return "campaign";
        return ofReferrer(referrer);
    }

    private static String ofMedium(String medium) {
        if (PAID_MEDIA.contains(medium) || medium.startsWith("paid")) return "paid";
        if (EMAIL_MEDIA.contains(medium)) return "email";
        if (SOCIAL_MEDIA.contains(medium)) return "social";
        if (medium.equals("organic")) return "search";
        if (medium.equals("referral")) return "referral";
        return null;
    }

    private static String ofSource(String source) {
        if (MAIL_SOURCES.contains(source)) return "email";
        var name = siteName(source);
        if (SEARCH.contains(name)) return "search";
        if (SOCIAL.contains(name)) return "social";
        return null;
    }

    private static String ofReferrer(String referrer) {
        var host = host(referrer);
        if (host == null) return "direct";
        if (MAIL_HOSTS.contains(host)) return "email";
        var name = siteName(host);
        if (SEARCH.contains(name)) return "search";
        if (SOCIAL.contains(name)) return "social";
        return "referral";
    }

    /** {@code www.google.co.uk} and {@code google} both give {@code google}; {@code news.ycombinator.com} gives ycombinator. */
    static String siteName(String hostOrName) {
        // from the right, label by label, without splitting the whole host (it showed in the intake profile);
        // trailing dots end no label (www.google.com. is a fully qualified www.google.com)
        int end = hostOrName.length();
        while (end > 0 && hostOrName.charAt(end - 1) == '.') end--;
        if (end < hostOrName.length()) hostOrName = hostOrName.substring(0, end);
        int lastDot = hostOrName.lastIndexOf('.');
        if (lastDot < 0) return hostOrName;
        int secondDot = hostOrName.lastIndexOf('.', lastDot - 1);
        var second = hostOrName.substring(secondDot + 1, lastDot);
        // a two-letter country code after a short generic label (co.uk, com.au) is one public suffix
        boolean compound = secondDot >= 0 && hostOrName.length() - lastDot - 1 == 2 && second.length() <= 3;
        if (!compound) return second;
        return hostOrName.substring(hostOrName.lastIndexOf('.', secondDot - 1) + 1, secondDot);
    }

    private static String host(String referrer) {
        if (referrer == null || referrer.isBlank()) return null;
        var text = referrer.strip();
        var plain = PlainUrls.host(text);
        if (plain != null) return plain;
        try {
            var uri = URI.create(text);
            var scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            var host = uri.getHost();
            return host == null || host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
