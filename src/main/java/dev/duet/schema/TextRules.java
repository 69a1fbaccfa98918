package dev.duet.schema;

/** The limits of a text, textarea or markdown field; null means not set. {@code regex} is a Java pattern, found anywhere. */
public record TextRules(Integer maxLength, String regex, Boolean rtl) {
}
