package dev.duet.collab.goals;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a key result's values are: plain numbers, percentages, money in one currency, or yes (1) / no (0). */
public enum ValueType {
    NUMBER("number"),
    PERCENT("percent"),
    CURRENCY("currency"),
    BOOLEAN("boolean");

    private final String id;

    ValueType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ValueType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
