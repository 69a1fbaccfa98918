package dev.duet.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of schema files: {@code <component>.json} per component and {@code _groups.json} for the groups. Files are
 * written with two-space indents, one array item per line and a final newline, in the server's stable key order, so
 * writing the same schema twice gives the same bytes and git diffs show only what changed.
 */
final class SchemaFiles {

    static final String GROUPS = "_groups.json";

    /** The request body the folder makes, and which file each of its {@code components[i]} came from. */
    record Read(ObjectNode body, List<String> files) {
    }

    private static final Pattern INDEX = Pattern.compile("^components\\[(\\d+)]\\.?(.*)$");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));

    private SchemaFiles() {
    }

    /** Writes the export; {@code .json} files of components the space no longer has are deleted. Answers their names. */
    static List<String> write(Path dir, JsonNode export) {
        try {
            Files.createDirectories(dir);
            var written = new ArrayList<String>();
            for (var component : export.path("components")) {
                var name = component.path("name").asText() + ".json";
                writeFile(dir.resolve(name), component);
                written.add(name);
            }
            writeFile(dir.resolve(GROUPS), export.path("component_groups"));
            var stale = new ArrayList<String>();
            for (var file : jsonFiles(dir)) {
                var name = file.getFileName().toString();
                if (!name.equals(GROUPS) && !written.contains(name)) {
                    Files.delete(file);
                    stale.add(name);
                }
            }
            return stale;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema files in " + dir, e);
        }
    }

    /** Reads the folder into a plan body; a file that is not JSON of the right shape fails naming it. */
    static Read read(Path dir) {
        if (!Files.isDirectory(dir)) throw new InvalidInput(dir + ": no such folder (run duet schema pull first, or pass --dir)");
        var body = JsonNodeFactory.instance.objectNode();
        var components = body.putArray("components");
        var names = new ArrayList<String>();
        for (var file : jsonFiles(dir)) {
            var name = file.getFileName().toString();
            var json = parse(dir, file);
            if (name.equals(GROUPS)) {
                if (!json.isArray()) throw new InvalidInput(shown(dir, name) + ": must be an array of {\"uuid\": ..., \"name\": ...}");
                body.set("component_groups", json);
                continue;
            }
            if (!(json instanceof ObjectNode component)) throw new InvalidInput(shown(dir, name) + ": must be a component object");
            var base = name.substring(0, name.length() - ".json".length());
            if (!component.has("name")) component.put("name", base);
            components.add(component);
            names.add(name);
        }
        if (!body.has("component_groups")) body.set("component_groups", JsonNodeFactory.instance.arrayNode());
        return new Read(body, List.copyOf(names));
    }

    /**
     * A problem path of the body ({@code components[2].schema.title.type}) as people find it in the folder:
     * {@code components/hero.json: schema.title.type}.
     */
    static String place(Path dir, Read read, String path) {
        var matcher = INDEX.matcher(path == null ? "" : path);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < read.files().size()) {
                var file = shown(dir, read.files().get(index));
                return matcher.group(2).isEmpty() ? file : file + ": " + matcher.group(2);
            }
        }
        if (path != null && path.startsWith("component_groups")) return shown(dir, GROUPS) + ": " + path.substring("component_groups".length());
        return path;
    }

    private static String shown(Path dir, String file) {
        return dir.resolve(file).toString();
    }

    private static JsonNode parse(Path dir, Path file) {
        try {
            return Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidInput(shown(dir, file.getFileName().toString()) + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInput(shown(dir, file.getFileName().toString()) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void writeFile(Path file, JsonNode json) throws IOException {
        var text = Json.mapper().writer(PRETTY).writeValueAsString(json instanceof ArrayNode || json instanceof ObjectNode
                ? json : JsonNodeFactory.instance.arrayNode());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }
}
