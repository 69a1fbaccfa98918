package dev.duet.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelsTest {

    @Test
    void paid_media_are_paid_whatever_the_source() {
        assertThat(Channels.derive("google", "cpc", null)).isEqualTo("paid");
        assertThat(Channels.derive("facebook", "paid_social", null)).isEqualTo("paid");
        assertThat(Channels.derive(null, "Display", null)).isEqualTo("paid");
    }

    @Test
    void the_medium_names_email_social_search_and_referral() {
        assertThat(Channels.derive("spring-news", "email", null)).isEqualTo("email");
        assertThat(Channels.derive(null, "newsletter", null)).isEqualTo("email");
        assertThat(Channels.derive("mastodon", "social", null)).isEqualTo("social");
        assertThat(Channels.derive("google", "organic", null)).isEqualTo("search");
        assertThat(Channels.derive("partner", "referral", null)).isEqualTo("referral");
    }

    @Test
    void an_unknown_medium_falls_back_to_the_source_then_to_campaign() {
        assertThat(Channels.derive("linkedin", "post", null)).isEqualTo("social");
        assertThat(Channels.derive("bing", null, null)).isEqualTo("search");
        assertThat(Channels.derive("mailchimp", null, null)).isEqualTo("email");
        assertThat(Channels.derive("podcast", "audio", null)).isEqualTo("campaign");
        assertThat(Channels.derive(null, "qr-code", "https://www.google.com/")).isEqualTo("campaign");
    }

    @Test
    void without_utm_tags_the_referrer_host_decides() {
        assertThat(Channels.derive(null, null, "https://www.google.co.uk/search?q=duet")).isEqualTo("search");
        assertThat(Channels.derive(null, null, "https://duckduckgo.com/")).isEqualTo("search");
        assertThat(Channels.derive(null, null, "https://t.co/abc")).isEqualTo("social");
        assertThat(Channels.derive(null, null, "https://news.ycombinator.com/item?id=1")).isEqualTo("social");
        assertThat(Channels.derive(null, null, "https://mail.google.com/mail/u/0/")).isEqualTo("email");
        assertThat(Channels.derive(null, null, "https://blog.example.org/post")).isEqualTo("referral");
    }

    @Test
    void no_referrer_or_one_that_is_no_web_address_is_direct() {
        assertThat(Channels.derive(null, null, null)).isEqualTo("direct");
        assertThat(Channels.derive("", " ", "")).isEqualTo("direct");
        assertThat(Channels.derive(null, null, "android-app://com.slack")).isEqualTo("direct");
        assertThat(Channels.derive(null, null, "not a url at all")).isEqualTo("direct");
    }

    @Test
    void site_names_skip_subdomains_and_two_part_country_suffixes() {
        assertThat(Channels.siteName("www.google.com")).isEqualTo("google");
        assertThat(Channels.siteName("www.google.co.uk")).isEqualTo("google");
        assertThat(Channels.siteName("search.brave.com")).isEqualTo("brave");
        assertThat(Channels.siteName("google")).isEqualTo("google");
        assertThat(Channels.siteName("www.google.com.")).isEqualTo("google");
        assertThat(Channels.siteName("co.uk")).isEqualTo("co");
        assertThat(Channels.siteName("a.co.uk")).isEqualTo("a");
        assertThat(Channels.siteName("news.ycombinator.com")).isEqualTo("ycombinator");
        assertThat(Channels.siteName("...")).isEqualTo("");
    }
}
