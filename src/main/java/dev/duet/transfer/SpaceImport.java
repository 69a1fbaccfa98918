package dev.duet.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.Space;
import dev.duet.content.Spaces;
import dev.duet.schema.ContentValidator;
import dev.duet.storage.Database;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Reads an archive into a new space: everything is checked and written in one transaction, so a bad archive leaves
 * the database exactly as it was. Stories are read one at a time, so archives of any size import in bounded memory.
 */
public final class SpaceImport {

    /** Reads one section at a time from the streaming parser: what follows a section is the rest of the archive. */
    private static final com.fasterxml.jackson.databind.ObjectReader SECTION = Json.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What an import created. */
    public record Result(Space space, int components, int datasources, long stories) {
    }

    private final Database db;
    private final Spaces spaces;
    private final ContentValidator validator;
    private final Clock clock;

    public SpaceImport(Database db, Spaces spaces, ContentValidator validator, Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.validator = validator;
        this.clock = clock;
    }

    public Result read(InputStream in, Progress progress) {
        var result = db.write(handle -> {
            var run = new ImportRun(handle, spaces, validator, clock.instant(), progress);
            try (var parser = Json.mapper().getFactory().createParser(in)) {
                readSections(parser, run);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new InvalidArchive("the archive is not valid JSON: " + e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the archive", e);
            }
            return run.finish();
        });
        return new Result(spaces.get(result.spaceId()), result.components(), result.datasources(), result.stories());
    }

    private static void readSections(JsonParser parser, ImportRun run) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidArchive("the archive must be a JSON object with \"format\": \"" + SpaceExport.FORMAT + "\"");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            var section = parser.currentName();
            parser.nextToken();
            if (section.equals("stories")) {
                readStories(parser, run);
            } else {
                run.section(section, SECTION.readTree(parser));
            }
        }
    }

    private static void readStories(JsonParser parser, ImportRun run) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) throw new InvalidArchive("stories must be an array");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode story = SECTION.readTree(parser);
            run.story(story);
        }
    }
}
