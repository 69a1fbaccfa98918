package dev.duet.analytics;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlainUrlsTest {

    private static final List<String> PLAIN = List.of("https://www.google.com/", "https://www.google.com",
            "http://news.ycombinator.com/item?id=1", "HTTPS://WWW.Bing.COM/search?q=duet+cms&form=QBLH",
            "https://t.co/abc123", "https://l.facebook.com/l.php?u=https://example.com/&h=AT0", "http://localhost:8080/x",
            "https://www.google.co.uk/url?sa=t&rct=j", "https://example.com:/path;params/(x)*!~'$,@:");

    private static final List<String> NOT_PLAIN = List.of("https://www.google.com/search?q=%C3%A9",
            "https://example.com/#top", "http://user@example.com/", "http://127.0.0.1/", "http://[::1]/",
            "https://-bad.com/", "https://bad-.com/", "https://a..b/", "https://.com/", "https://example.123/",
            "https://example.com./", "https://example.com/a b", "https://exämple.com/", "ftp://example.com/",
            "android-app://com.slack", "https://", "https:///path", "https://example.com:999999/", "http:example.com",
            "https://example.com\\path", "https://example.com/\"quoted\"");

    @Test
    void plain_web_addresses_are_read_without_uri() {
        for (var url : PLAIN) {
            assertThat(PlainUrls.host(url)).as(url).isEqualTo(URI.create(url).getHost().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void anything_else_is_left_to_uri() {
        for (var url : NOT_PLAIN) assertThat(PlainUrls.host(url)).as(url).isNull();
    }
}
