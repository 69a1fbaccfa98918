package dev.duet.assets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file types Duet accepts as assets, recognised by the magic numbers at the start of the bytes, never by the
 * file name or the Content-Type a client claims. {@code kind} is the name an asset field's {@code filetypes} uses.
 */
public enum MediaType {
    JPEG("image/jpeg", "jpg", "images", true),
    PNG("image/png", "png", "images", true),
    GIF("image/gif", "gif", "images", true),
    WEBP("image/webp", "webp", "images", false),
    SVG("image/svg+xml", "svg", "images", false),
    PDF("application/pdf", "pdf", "texts", false),
    MP4("video/mp4", "mp4", "videos", false);

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD_BYTES = 4096;

    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
            "M4V ", "M4VP", "dash", "mmp4", "MSNV");
    // An SVG document may open with an XML declaration, comments and a doctype before its root element.
    private static final Pattern SVG_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!DOCTYPE\\s+svg[^>]*>\\s*)?(<!--.*?-->\\s*)*<svg[\\s>]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final String mime;
    private final String extension;
    private final String kind;
    private final boolean transformable;

    MediaType(String mime, String extension, String kind, boolean transformable) {
        this.mime = mime;
        this.extension = extension;
        this.kind = kind;
        this.transformable = transformable;
    }

    public String mime() {
        return mime;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** images, videos or texts, as an asset field's {@code filetypes}. */
    public String kind() {
        return kind;
    }

    /** Whether the image service can resize and crop it (what the JDK's ImageIO decodes). */
    public boolean transformable() {
        return transformable;
    }

    public static Optional<MediaType> ofMime(String mime) {
        return Arrays.stream(values()).filter(type -> type.mime.equals(mime)).findFirst();
    }

    /** The types of one kind (images, videos, texts), or empty for an unknown kind. */
    public static List<MediaType> ofKind(String kind) {
        return Arrays.stream(values()).filter(type -> type.kind.equals(kind)).toList();
    }

    /** The type the leading bytes of a file reveal, if it is one Duet accepts. */
    public static Optional<MediaType> detect(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) return Optional.of(GIF);
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return Optional.of(WEBP);
        if (ascii(head, 0, "%PDF-")) return Optional.of(PDF);
        if (ascii(head, 4, "ftyp") && head.length >= 12 && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(MP4);
        }
        if (SVG_START.matcher(text(head)).find()) return Optional.of(SVG);
        return Optional.empty();
    }

    /** What refused bytes look like, for the error message: "HTML", "text", "a ZIP archive" ... */
    public static String describe(byte[] head) {
        if (head.length == 0) return "an empty file";
        if (ascii(head, 0, "PK")) return "a ZIP archive (or an Office document)";
        if (ascii(head, 0, "MZ") || startsWith(head, 0, 0x7F, 'E', 'L', 'F')) return "a program";
        if (ascii(head, 4, "ftyp")) return "a video or audio container other than MP4";
        var text = text(head).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) return "HTML";
        if (looksLikeText(head)) return "text";
        return "data of an unknown type";
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) return false;
        }
        return true;
    }

    private static String text(byte[] head) {
        int start = startsWith(head, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(head, start, Math.max(0, head.length - start), StandardCharsets.UTF_8);
    }

    private static boolean ascii(byte[] head, int offset, String expected) {
        if (head.length < offset + expected.length()) return false;
        for (int i = 0; i < expected.length(); i++) {
            if (head[offset + i] != (byte) expected.charAt(i)) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) return false;
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) return false;
        }
        return true;
    }
}
