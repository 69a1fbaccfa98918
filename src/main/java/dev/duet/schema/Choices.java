package dev.duet.schema;

import java.util.List;

/**
 * The choices of an option or options field. Only the field's own list ({@code source} absent or {@code internal}
 * without a datasource) is known to Duet when content is saved; stories, languages, datasources and external lists
 * are looked up elsewhere, so their values are not checked here. Storyblok writes a datasource as {@code internal}
 * with a {@code datasource_slug}, which is why the slug decides too.
 */
public record Choices(ChoiceSource source, List<Choice> options, String datasourceSlug, Boolean excludeEmptyOption) {

    public Choices {
        options = options == null ? null : List.copyOf(options);
    }

    /** Whether a value must be one of {@link #options()}. */
    public boolean checksValues() {
        return source == null || source == ChoiceSource.INTERNAL && (datasourceSlug == null || datasourceSlug.isBlank());
    }

    public boolean offers(String value) {
        return options != null && options.stream().anyMatch(choice -> choice.value().equals(value));
    }

    public List<String> values() {
        return options == null ? List.of() : options.stream().map(Choice::value).toList();
    }
}
