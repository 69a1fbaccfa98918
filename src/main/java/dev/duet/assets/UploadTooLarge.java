package dev.duet.assets;

import dev.duet.failure.DuetException;

/** An upload larger than the configured limit; answered 413 and nothing is stored. */
public final class UploadTooLarge extends DuetException {
    public UploadTooLarge(long limit) {
        super(Kind.TOO_LARGE, "the file is larger than the upload limit of " + limit + " bytes"
                + " (the setting maxUploadBytes, DUET_MAX_UPLOAD_BYTES or --max-upload-bytes, raises it)");
    }
}
