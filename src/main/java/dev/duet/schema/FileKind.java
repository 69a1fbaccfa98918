package dev.duet.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of files an asset field may be restricted to ({@code filetypes}), recognised by file extension. */
public enum FileKind {
    IMAGES("images", Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "ico", "heic")),
    VIDEOS("videos", Set.of("mp4", "webm", "mov", "m4v", "ogv", "avi", "mkv", "mpeg", "mpg")),
    AUDIOS("audios", Set.of("mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "opus", "weba")),
    TEXTS("texts", Set.of("txt", "pdf", "doc", "docx", "odt", "rtf", "csv", "md", "json", "xml", "xls", "xlsx",
            "ppt", "pptx", "html", "htm"));

    private final String wireName;
    private final Set<String> extensions;

    FileKind(String wireName, Set<String> extensions) {
        this.wireName = wireName;
        this.extensions = extensions;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FileKind> of(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
    }

    /** The kind of a file name or URL by its extension, if it has a known one. */
    public static Optional<FileKind> ofFile(String filename) {
        var path = filename.replaceFirst("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) return Optional.empty();
        var extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }
}
