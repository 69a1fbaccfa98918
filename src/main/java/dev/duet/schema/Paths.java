package dev.duet.schema;

/** Problem paths inside a schema or content: {@code body[2].headline}; a blank prefix means the root. */
final class Paths {

    private Paths() {
    }

    static String key(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    static String index(String prefix, int index) {
        return prefix + "[" + index + "]";
    }
}
