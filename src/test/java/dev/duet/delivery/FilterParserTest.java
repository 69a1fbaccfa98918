package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** filter_query: every operator, the forms of __or groups, and 422s that name the parameter. */
class FilterParserTest {

    static final JsonNode POST = Json.tree("""
            {"component":"blog_post","title":"Die Symphonie Nr. 9","category":"product","reading_time":"4",
             "rating":4.5,"featured":true,"draft":false,"subtitle":"","note":null,"tags":["a","b","c"],"empty":[],
             "published_on":"2026-03-10 10:00","seo":{"title":"Nine"}}""");

    static boolean matches(String query) {
        var filter = FilterParser.parse(QueryParams.parse(query));
        assertThat(filter).as(query).isNotNull();
        return filter.test(POST);
    }

    @Test
    void in_and_not_in_compare_with_any_listed_value_as_text() {
        assertThat(matches("filter_query[category][in]=news,product")).isTrue();
        assertThat(matches("filter_query[category][in]=news")).isFalse();
        assertThat(matches("filter_query[reading_time][in]=4")).isTrue();
        assertThat(matches("filter_query[rating][in]=4.5")).isTrue();
        assertThat(matches("filter_query[featured][in]=true")).isTrue();
        assertThat(matches("filter_query[component][in]=blog_post")).isTrue();
        assertThat(matches("filter_query[missing][in]=x")).isFalse();
        assertThat(matches("filter_query[category][not_in]=news,events")).isTrue();
        assertThat(matches("filter_query[category][not_in]=product")).isFalse();
        assertThat(matches("filter_query[missing][not_in]=x")).isTrue();
    }

    @Test
    void like_and_not_like_match_patterns_with_star_wildcards() {
        assertThat(matches("filter_query[title][like]=Die%20Symphonie*")).isTrue();
        assertThat(matches("filter_query[title][like]=*Nr.*")).isTrue();
        assertThat(matches("filter_query[title][like]=Symphonie")).isFalse();
        assertThat(matches("filter_query[title][like]=die*")).isFalse();
        assertThat(matches("filter_query[title][not_like]=*Symphonie*")).isFalse();
        assertThat(matches("filter_query[title][not_like]=Sonate*")).isTrue();
    }

    @Test
    void array_operators_look_for_any_or_all_values_and_in_array_is_any_in_array() {
        assertThat(matches("filter_query[tags][any_in_array]=x,b")).isTrue();
        assertThat(matches("filter_query[tags][in_array]=x,b")).isTrue();
        assertThat(matches("filter_query[tags][any_in_array]=x,y")).isFalse();
        assertThat(matches("filter_query[tags][all_in_array]=a,c")).isTrue();
        assertThat(matches("filter_query[tags][all_in_array]=a,x")).isFalse();
        assertThat(matches("filter_query[category][any_in_array]=product")).isTrue();
    }

    @Test
    void dates_and_numbers_compare_strictly() {
        assertThat(matches("filter_query[published_on][gt_date]=2026-03-10%2009:59")).isTrue();
        assertThat(matches("filter_query[published_on][gt_date]=2026-03-10%2010:00")).isFalse();
        assertThat(matches("filter_query[published_on][lt_date]=2026-03-11")).isTrue();
        assertThat(matches("filter_query[reading_time][gt_int]=3")).isTrue();
        assertThat(matches("filter_query[reading_time][gt_int]=4")).isFalse();
        assertThat(matches("filter_query[reading_time][lt_int]=5")).isTrue();
        assertThat(matches("filter_query[rating][gt_float]=4.49")).isTrue();
        assertThat(matches("filter_query[rating][lt_float]=4.5")).isFalse();
        assertThat(matches("filter_query[title][gt_int]=1")).isFalse();
    }

    @Test
    void is_checks_emptiness_truth_and_nullness_counting_a_missing_field_as_empty_and_not_null() {
        assertThat(matches("filter_query[subtitle][is]=empty")).isTrue();
        assertThat(matches("filter_query[missing][is]=empty")).isTrue();
        assertThat(matches("filter_query[note][is]=empty")).isTrue();
        assertThat(matches("filter_query[title][is]=empty")).isFalse();
        assertThat(matches("filter_query[title][is]=not_empty")).isTrue();
        assertThat(matches("filter_query[empty][is]=empty_array")).isTrue();
        assertThat(matches("filter_query[tags][is]=empty_array")).isFalse();
        assertThat(matches("filter_query[tags][is]=not_empty_array")).isTrue();
        assertThat(matches("filter_query[featured][is]=true")).isTrue();
        assertThat(matches("filter_query[draft][is]=false")).isTrue();
        assertThat(matches("filter_query[draft][is]=true")).isFalse();
        assertThat(matches("filter_query[note][is]=null")).isTrue();
        assertThat(matches("filter_query[missing][is]=null")).isFalse();
        assertThat(matches("filter_query[missing][is]=not_null")).isTrue();
        assertThat(matches("filter_query[note][is]=not_null")).isFalse();
    }

    @Test
    void dotted_fields_reach_into_objects() {
        assertThat(matches("filter_query[seo.title][in]=Nine")).isTrue();
        assertThat(matches("filter_query[seo.missing.deeper][is]=empty")).isTrue();
    }

    @Test
    void top_level_conditions_and_repeats_are_all_required() {
        assertThat(matches("filter_query[category][in]=product&filter_query[reading_time][gt_int]=3")).isTrue();
        assertThat(matches("filter_query[category][in]=product&filter_query[reading_time][gt_int]=9")).isFalse();
        assertThat(matches("filter_query[category][in]=product&filter_query[category][in]=news")).isFalse();
    }

    @Test
    void or_groups_match_when_any_alternative_does_in_the_bracket_and_index_forms() {
        assertThat(matches("filter_query[__or][][category][in]=news&filter_query[__or][][featured][is]=true")).isTrue();
        assertThat(matches("filter_query[__or][][category][in]=news&filter_query[__or][][featured][is]=false")).isFalse();
        assertThat(matches("filter_query[__or][0][category][in]=news&filter_query[__or][1][reading_time][in]=4")).isTrue();
        // one index is one alternative whose conditions all hold
        assertThat(matches("filter_query[__or][0][category][in]=product&filter_query[__or][0][featured][is]=false"
                + "&filter_query[__or][1][category][in]=news")).isFalse();
        assertThat(matches("filter_query[__or][][category][in]=news&filter_query[__or][][featured][is]=true"
                + "&filter_query[reading_time][gt_int]=5")).isFalse();
    }

    @Test
    void percent_encoded_brackets_read_the_same_as_raw_ones() {
        var raw = FilterParser.parse(QueryParams.parse("filter_query[__or][][category][in]=news&filter_query[__or][][tags][any_in_array]=b"));
        var encoded = FilterParser.parse(QueryParams.parse(
                "filter_query%5B__or%5D%5B%5D%5Bcategory%5D%5Bin%5D=news&filter_query%5B__or%5D%5B%5D%5Btags%5D%5Bany_in_array%5D=b"));

        assertThat(encoded).isEqualTo(raw);
        assertThat(encoded.test(POST)).isTrue();
    }

    @Test
    void no_filter_parameters_mean_no_filter_and_other_parameters_are_not_filters() {
        assertThat(FilterParser.parse(QueryParams.parse("starts_with=blog/&filter_queryx=1"))).isNull();
    }

    @Test
    void malformed_filters_are_rejected_naming_the_parameter() {
        for (var query : List.of("filter_query[category]=x", "filter_query=x", "filter_query[category][in][x]=y",
                "filter_query[category][between]=1", "filter_query[__or][x][category][in]=a", "filter_query[cat%20egory][in]=a",
                "filter_query[published_on][gt_date]=soon", "filter_query[reading_time][gt_int]=4.5",
                "filter_query[rating][gt_float]=high", "filter_query[title][is]=long", "filter_query[a][in",
                "filter_query[__or][][category]=a")) {
            var params = QueryParams.parse(query);
            var name = params.names().iterator().next();

            assertThatThrownBy(() -> FilterParser.parse(params)).as(query).isInstanceOf(BadParameter.class)
                    .satisfies(e -> assertThat(((BadParameter) e).details()).extracting("path").containsExactly(name));
        }
    }
}
