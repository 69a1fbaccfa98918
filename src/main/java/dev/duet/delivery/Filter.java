package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A {@code filter_query}: conditions on content fields (never on story metadata), combined with AND at the top level
 * and OR within {@code __or}. Fields are names in the content object; a dotted name reaches into nested objects
 * ({@code seo.title}).
 */
sealed interface Filter {

    boolean test(JsonNode content);

    record All(List<Filter> filters) implements Filter {
        public All {
            filters = List.copyOf(filters);
        }

        @Override
        public boolean test(JsonNode content) {
            for (var filter : filters) if (!filter.test(content)) return false;
            return true;
        }
    }

    record Any(List<Filter> filters) implements Filter {
        public Any {
            filters = List.copyOf(filters);
        }

        @Override
        public boolean test(JsonNode content) {
            for (var filter : filters) if (filter.test(content)) return true;
            return false;
        }
    }

    record Condition(String field, Operation operation) implements Filter {
        @Override
        public boolean test(JsonNode content) {
            return operation.matches(value(content, field));
        }
    }

    /** The value at a (dotted) field of the content; missing when absent. */
    static JsonNode value(JsonNode content, String field) {
        var node = content;
        int start = 0;
        while (node != null && !node.isMissingNode()) {
            int dot = field.indexOf('.', start);
            var name = dot < 0 ? field.substring(start) : field.substring(start, dot);
            node = node.path(name);
            if (dot < 0) return node;
            start = dot + 1;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
