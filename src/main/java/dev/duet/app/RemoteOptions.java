package dev.duet.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of the commands that talk to a running Duet over HTTP with a management token (schema pull and push). */
final class RemoteOptions {

    @Option(names = "--url", defaultValue = "${env:DUET_URL:-http://127.0.0.1:8080}",
            description = "Duet's base URL (env DUET_URL, default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token", defaultValue = "${env:DUET_TOKEN}", required = true,
            description = "A management token with content:read and schema:write (env DUET_TOKEN).")
    String token;

    @Option(names = "--space", required = true, description = "Id of the space.")
    long spaceId;

    @Option(names = "--dir", defaultValue = "components",
            description = "Folder of the schema files: one <component>.json each, and _groups.json (default ${DEFAULT-VALUE}).")
    Path dir;

    String schemaPath(String rest) {
        return "/api/spaces/" + spaceId + "/schema" + rest;
    }
}
