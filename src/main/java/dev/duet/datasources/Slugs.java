package dev.duet.datasources;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name or a typed slug into a slug of a-z, 0-9, {@code -} and {@code _}, as Storyblok does: "Product
 * Colours" becomes {@code product-colours}, "Größe/Farbe" becomes {@code gro-e-farbe}. Accents are dropped rather than
 * turned into dashes, so "Café" stays readable as {@code cafe}.
 */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OUTSIDE = Pattern.compile("[^a-z0-9_-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    static String normalise(String text) {
        var plain = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
        var slug = OUTSIDE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = DASHES.matcher(slug).replaceAll("-");
        return EDGES.matcher(slug).replaceAll("");
    }
}
