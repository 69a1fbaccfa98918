package dev.duet.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.duet.storage.Database;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a space as an archive (format in {@code package-info}), streaming: stories are read and written one at a
 * time, so a space of any size exports in constant memory. Reads one consistent snapshot inside a transaction.
 */
public final class SpaceExport {

    public static final String FORMAT = "duet-space-archive";
    public static final int FORMAT_VERSION = 1;
    static final int PROGRESS_EVERY = 500;

    private final Database db;

    public SpaceExport(Database db) {
        this.db = db;
    }

    /** Writes the archive of {@code spaceId} to {@code out} (not closed) and returns how many stories it holds. */
    public long write(long spaceId, OutputStream out, Progress progress) {
        return db.write(handle -> {
            try (var json = Json.mapper().getFactory().createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("format_version", FORMAT_VERSION);
                json.writeObjectField("space", ArchiveReads.space(handle, spaceId));
                writeArray(json, "component_groups", ArchiveReads.componentGroups(handle, spaceId));
                writeArray(json, "components", ArchiveReads.components(handle, spaceId));
                writeArray(json, "datasources", ArchiveReads.datasources(handle, spaceId));
                json.writeArrayFieldStart("stories");
                long done = 0;
                for (var ref : ArchiveReads.storyOrder(handle, spaceId)) {
                    json.writeObject(ArchiveReads.story(handle, ref.id()));
                    if (++done % PROGRESS_EVERY == 0) progress.advanced("stories", done);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
                progress.advanced("stories", done);
                return done;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the archive", e);
            }
        });
    }

    private static void writeArray(JsonGenerator json, String name, List<?> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (var item : items) json.writeObject(item);
        json.writeEndArray();
    }
}
