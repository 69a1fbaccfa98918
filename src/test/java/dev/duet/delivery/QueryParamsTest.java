package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Query strings as both servers decode them, and the canonical form that keys caches and ETags. */
class QueryParamsTest {

    @Test
    void names_and_values_are_percent_decoded_as_utf8_with_plus_as_space_and_repeats_kept_in_order() {
        var params = QueryParams.parse("search_term=gr%C3%BC%C3%9Fe+welt&filter_query%5Ba%5D%5Bin%5D=1&x=1&x=2&flag&empty=");

        assertThat(params.get("search_term")).isEqualTo("grüße welt");
        assertThat(params.get("filter_query[a][in]")).isEqualTo("1");
        assertThat(params.all("x")).containsExactly("1", "2");
        assertThat(params.get("flag")).isNull();
        assertThat(params.get("empty")).isNull();
        assertThat(params.has("x")).isTrue();
    }

    @Test
    void a_broken_escape_is_kept_as_text() {
        assertThat(QueryParams.parse("a=100%&b=%zz").get("a")).isEqualTo("100%");
        assertThat(QueryParams.parse("a=100%&b=%zz").get("b")).isEqualTo("%zz");
    }

    @Test
    void the_canonical_form_sorts_parameters_and_leaves_out_the_token_and_cv() {
        var one = QueryParams.parse("token=abc&starts_with=blog/&cv=1&language=de");
        var two = QueryParams.parse("language=de&cv=2&starts_with=blog%2F&token=xyz");

        assertThat(one.canonical()).isEqualTo("language=de&starts_with=blog/&");
        assertThat(two.canonical()).isEqualTo(one.canonical());
        assertThat(QueryParams.parse("token=abc&cv=3").canonical()).isEmpty();
    }

    @Test
    void paths_do_not_turn_plus_into_space() {
        var request = CdnRequest.of("/v2/cdn/stories/c%2B%2B+tips/", null, null);

        assertThat(request.path()).isEqualTo("stories/c+++tips");
        assertThat(request.params().names()).isEmpty();
    }
}
