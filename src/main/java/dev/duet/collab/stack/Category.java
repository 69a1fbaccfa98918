package dev.duet.collab.stack;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a tool is for. A fixed list rather than free text, so that two tools doing the same job land in the same
 * category and the audit can tell they overlap ("E-mail" and "email marketing" would not).
 */
public enum Category {
    ANALYTICS("analytics"), EMAIL("email"), CRM("crm"), CMS("cms"), ADS("ads"), SOCIAL("social"), SEO("seo"),
    EXPERIMENTATION("experimentation"), AUTOMATION("automation"), DATA("data"), SUPPORT("support"),
    COLLABORATION("collaboration"), OTHER("other");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Category> of(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(Category::id).collect(Collectors.joining(", "));
    }
}
