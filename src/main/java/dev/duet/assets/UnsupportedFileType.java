package dev.duet.assets;

import dev.duet.failure.DuetException;

/** Bytes that are none of the accepted {@link MediaType}s, or an upload that is not multipart; answered 415. */
public final class UnsupportedFileType extends DuetException {
    public UnsupportedFileType(String message) {
        super(Kind.UNSUPPORTED_TYPE, message);
    }

    /** Refuses an upload whose bytes look like {@code found}, whatever name and type the client gave it. */
    static UnsupportedFileType of(String found, String clientName) {
        return new UnsupportedFileType("the file" + (clientName == null || clientName.isBlank() ? "" : " " + clientName)
                + " is " + found + ", judged by its content; Duet accepts JPEG, PNG, GIF, WebP, SVG, PDF and MP4 files");
    }
}
