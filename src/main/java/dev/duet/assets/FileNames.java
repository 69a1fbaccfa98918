package dev.duet.assets;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns whatever name a client sends with a file into a safe, readable name for the public URL's last segment:
 * only the part after the last slash or backslash, ASCII letters, digits, dots, dashes and underscores, no leading
 * dot, at most {@link #MAX_LENGTH} characters, ending in the extension of the type the bytes really are. The result
 * is metadata only: files on disk are named by their hash.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;

    private static final Set<String> JPEG_EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif");

    private FileNames() {
    }

    static String sanitise(String clientName, MediaType type) {
        var base = clientName == null ? "" : clientName;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
                .replace("œ", "oe").replace("Œ", "OE");
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
        base = base.replaceAll("^[.\\-_]+", "").replaceAll("[.\\-_]+$", "");
        var extension = extensionFor(base, type);
        int dot = base.lastIndexOf('.');
        var stem = dot > 0 ? base.substring(0, dot) : base;
        stem = stem.replaceAll("[.\\-_]+$", "");
        if (stem.isEmpty()) stem = "file";
        int room = MAX_LENGTH - extension.length() - 1;
        if (stem.length() > room) stem = stem.substring(0, room);
        return stem + "." + extension;
    }

    /** The name's own extension when it fits the type (jpeg for a JPEG, say), otherwise the type's usual one. */
    private static String extensionFor(String name, MediaType type) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return type.extension();
        var given = name.substring(dot + 1);
        var lower = given.toLowerCase(Locale.ROOT);
        boolean fits = type == MediaType.JPEG ? JPEG_EXTENSIONS.contains(lower) : lower.equals(type.extension());
        return fits ? given : type.extension();
    }
}
