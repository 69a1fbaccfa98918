package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;

/**
 * Field-level translation as the CDN applies it: in every object of the content, {@code x__i18n__de} replaces
 * {@code x} when it holds a value; otherwise the fallback language's value does, otherwise the default stays. The
 * {@code __i18n__} keys themselves are not delivered. Language codes with a hyphen use an underscore in keys
 * ({@code pt-br} → {@code __i18n__pt_br}).
 */
final class Translation {

    static final String MARK = "__i18n__";

    private Translation() {
    }

    /** Translates {@code content} in place; {@code fallback} may be null. */
    static void apply(JsonNode content, String language, String fallback) {
        var suffix = MARK + key(language);
        var fallbackSuffix = fallback == null ? null : MARK + key(fallback);
        walk(content, suffix, fallbackSuffix);
    }

    static String key(String language) {
        return language.replace('-', '_');
    }

    private static void walk(JsonNode node, String suffix, String fallbackSuffix) {
        if (node instanceof ObjectNode object) {
            translate(object, suffix, fallbackSuffix);
            for (var child : object) walk(child, suffix, fallbackSuffix);
        } else if (node != null && node.isArray()) {
            for (var item : node) walk(item, suffix, fallbackSuffix);
        }
    }

    private static void translate(ObjectNode object, String suffix, String fallbackSuffix) {
        var translated = new ArrayList<String>();
        object.fieldNames().forEachRemaining(name -> {
            if (name.contains(MARK)) translated.add(name);
        });
        if (translated.isEmpty()) return;
        for (var name : translated) {
            var base = name.substring(0, name.indexOf(MARK));
            var value = object.get(name);
            boolean own = name.endsWith(suffix) && name.length() == base.length() + suffix.length();
            boolean fallback = fallbackSuffix != null && name.endsWith(fallbackSuffix)
                    && name.length() == base.length() + fallbackSuffix.length();
            if (own && hasValue(value)) {
                object.set(base, value);
            } else if (fallback && hasValue(value) && !hasValue(object.get(base + suffix))) {
                object.set(base, value);
            }
        }
        translated.forEach(object::remove);
    }

    /** A translation that is empty (null, "" or []) falls back, as Storyblok does. */
    private static boolean hasValue(JsonNode value) {
        if (value == null || value.isNull()) return false;
        if (value.isTextual()) return !value.asText().isEmpty();
        if (value.isArray()) return !value.isEmpty();
        return true;
    }
}
