package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of rendered answers: keyed by space, cv and request; least recently used out first; bounded. */
class ResponseCacheTest {

    static ResponseCache.Key key(long cv, String request) {
        return new ResponseCache.Key(1, cv, request);
    }

    static ResponseCache.Entry entry(int bytes) {
        return new ResponseCache.Entry(new byte[bytes], 3, 25);
    }

    @Test
    void an_answer_is_found_by_the_same_space_cv_and_request_only() {
        var cache = new ResponseCache(10, 1 << 20);
        var entry = entry(10);
        cache.put(key(5, "stories?starts_with=blog/&"), entry);

        assertThat(cache.get(key(5, "stories?starts_with=blog/&"))).isSameAs(entry);
        assertThat(cache.get(key(6, "stories?starts_with=blog/&"))).isNull();
        assertThat(cache.get(new ResponseCache.Key(2, 5, "stories?starts_with=blog/&"))).isNull();
    }

    @Test
    void the_least_recently_used_answer_leaves_first_when_there_are_too_many() {
        var cache = new ResponseCache(2, 1 << 20);
        cache.put(key(1, "a"), entry(1));
        cache.put(key(1, "b"), entry(1));
        cache.get(key(1, "a"));

        cache.put(key(1, "c"), entry(1));

        assertThat(cache.get(key(1, "a"))).isNotNull();
        assertThat(cache.get(key(1, "b"))).isNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void answers_leave_when_their_bytes_exceed_the_bound_and_huge_ones_are_not_kept() {
        var cache = new ResponseCache(100, 1000);
        cache.put(key(1, "a"), entry(200));
        cache.put(key(1, "b"), entry(200));
        cache.put(key(1, "c"), entry(200));
        cache.put(key(1, "d"), entry(200));
        cache.put(key(1, "e"), entry(200));

        cache.put(key(1, "f"), entry(200));
        cache.put(key(1, "huge"), entry(600));

        assertThat(cache.get(key(1, "a"))).isNull();
        assertThat(cache.get(key(1, "f"))).isNotNull();
        assertThat(cache.get(key(1, "huge"))).isNull();
        assertThat(cache.size()).isEqualTo(5);
    }
}
