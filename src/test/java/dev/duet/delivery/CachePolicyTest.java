package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cache-Control by cv, strong ETags and If-None-Match matching. */
class CachePolicyTest {

    @Test
    void only_a_request_naming_the_current_cv_is_long_lived() {
        var policy = new CachePolicy(60, false);

        assertThat(policy.published("42", 42)).isEqualTo("public, max-age=60, s-maxage=31536000");
        assertThat(policy.published("41", 42)).isEqualTo("public, no-cache");
        assertThat(policy.published(null, 42)).isEqualTo("public, no-cache");
        assertThat(policy.published("undefined", 42)).isEqualTo("public, no-cache");
        assertThat(policy.redirects(null, 42)).isFalse();
    }

    @Test
    void an_answer_for_one_visitor_is_private_and_long_lived_only_with_the_current_cv() {
        var policy = new CachePolicy(60, false);

        assertThat(policy.personal("42", 42)).isEqualTo("private, max-age=60");
        assertThat(policy.personal("41", 42)).isEqualTo("private, no-cache");
        assertThat(policy.personal(null, 42)).isEqualTo("private, no-cache");
    }

    @Test
    void with_redirects_on_requests_without_the_current_cv_are_redirected() {
        var policy = new CachePolicy(60, true);

        assertThat(policy.redirects(null, 42)).isTrue();
        assertThat(policy.redirects("41", 42)).isTrue();
        assertThat(policy.redirects("42", 42)).isFalse();
    }

    @Test
    void etags_differ_by_cv_path_and_query_and_are_strong() {
        var etag = CachePolicy.etag(42, "stories/home", "");

        assertThat(etag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(CachePolicy.etag(42, "stories/home", "")).isEqualTo(etag);
        assertThat(CachePolicy.etag(43, "stories/home", "")).isNotEqualTo(etag);
        assertThat(CachePolicy.etag(42, "stories/about", "")).isNotEqualTo(etag);
        assertThat(CachePolicy.etag(42, "stories/home", "language=de&")).isNotEqualTo(etag);
        assertThat(CachePolicy.contentEtag(new byte[]{1, 2})).isNotEqualTo(CachePolicy.contentEtag(new byte[]{2, 1}));
    }

    @Test
    void if_none_match_matches_any_listed_tag_weak_or_strong_or_a_star() {
        assertThat(CachePolicy.matches("\"a\"", "\"a\"")).isTrue();
        assertThat(CachePolicy.matches("\"b\", W/\"a\"", "\"a\"")).isTrue();
        assertThat(CachePolicy.matches("*", "\"a\"")).isTrue();
        assertThat(CachePolicy.matches("\"b\"", "\"a\"")).isFalse();
        assertThat(CachePolicy.matches(null, "\"a\"")).isFalse();
    }
}
