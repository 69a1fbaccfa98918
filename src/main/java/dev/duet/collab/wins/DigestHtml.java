package dev.duet.collab.wins;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The digest as a self-contained, email-style HTML page: inline styles only (mail clients drop style sheets), no
 * scripts, no images, every text escaped. Links point into the admin app under {@code base} (the server's origin,
 * so the page works when forwarded by mail).
 */
public final class DigestHtml {

    /** A policy for the page: its inline styles, nothing else (no scripts, no requests). */
    public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DigestHtml() {
    }

    public static String render(WinDigest digest, String base) {
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Wins of ").append(escape(digest.week())).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2330\">")
                .append("<div style=\"max-width:640px;margin:0 auto;background:#fff;border-radius:12px;padding:28px\">")
                .append("<h1 style=\"margin:0 0 4px;font-size:24px\">🎉 This week's wins</h1>")
                .append("<p style=\"margin:0 0 20px;color:#5b6475\">").append(escape(digest.week())).append(" · ")
                .append(DAY.format(digest.from())).append(" – ").append(DAY.format(digest.until().minusSeconds(1)))
                .append(" · ").append(digest.total()).append(digest.total() == 1 ? " win" : " wins").append("</p>");
        if (digest.groups().isEmpty()) {
            html.append("<p>No wins were recorded this week. Next week's launch could be the first!</p>");
        }
        for (var group : digest.groups()) group(html, group, base);
        kudos(html, digest);
        makers(html, digest);
        html.append("<p style=\"margin:24px 0 0;font-size:13px;color:#5b6475\"><a style=\"color:#3b5bdb\" href=\"")
                .append(escape(base + "/admin")).append("\">Open Duet</a> to react and send kudos.</p>")
                .append("</div></body></html>");
        return html.toString();
    }

    private static void group(StringBuilder html, WinDigest.Group group, String base) {
        html.append("<h2 style=\"font-size:17px;margin:20px 0 8px\">").append(group.icon()).append(' ')
                .append(escape(group.label())).append(" (").append(group.wins().size()).append(")</h2><ul style=\"padding-left:20px;margin:0\">");
        for (var win : group.wins()) {
            html.append("<li style=\"margin:0 0 8px\">");
            if (win.link() != null && win.link().startsWith("/")) {
                html.append("<a style=\"color:#3b5bdb;font-weight:600\" href=\"").append(escape(base + win.link())).append("\">")
                        .append(escape(win.title())).append("</a>");
            } else {
                html.append("<strong>").append(escape(win.title())).append("</strong>");
            }
            html.append("<br><span style=\"color:#5b6475;font-size:13px\">by ").append(escape(win.actor())).append(" · ")
                    .append(DAY.format(win.createdAt()));
            for (var reaction : win.reactions()) {
                if (reaction.count() > 0) html.append(" · ").append(reaction.emoji()).append(' ').append(reaction.count());
            }
            if (win.kudosCount() > 0) html.append(" · ").append(win.kudosCount()).append(" kudos");
            html.append("</span></li>");
        }
        html.append("</ul>");
    }

    private static void kudos(StringBuilder html, WinDigest digest) {
        if (digest.topKudos().isEmpty()) return;
        html.append("<h2 style=\"font-size:17px;margin:24px 0 8px\">💬 Top kudos</h2>");
        for (var kudos : digest.topKudos()) {
            html.append("<blockquote style=\"margin:0 0 10px;padding:8px 12px;border-left:3px solid #fab005;background:#fff9db\">")
                    .append(escape(kudos.text())).append("<br><span style=\"color:#5b6475;font-size:13px\">— ")
                    .append(escape(kudos.author())).append(" on ").append(escape(kudos.winTitle())).append("</span></blockquote>");
        }
    }

    private static void makers(StringBuilder html, WinDigest digest) {
        if (digest.makers().isEmpty()) return;
        html.append("<h2 style=\"font-size:17px;margin:24px 0 8px\">🙌 Made it happen</h2><p style=\"margin:0\">");
        var first = true;
        for (var maker : digest.makers()) {
            if (!first) html.append(", ");
            html.append(escape(maker.actor())).append(" (").append(maker.wins()).append(')');
            first = false;
        }
        html.append("</p>");
    }

    static String escape(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
