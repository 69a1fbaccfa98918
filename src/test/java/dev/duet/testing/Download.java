package dev.duet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A binary HTTP answer as tests see it: status, headers and the bytes as sent. */
public record Download(int status, HttpHeaders headers, byte[] bytes) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The body read as JSON, for error answers. */
    public JsonNode json() {
        return Json.tree(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return status + " (" + bytes.length + " bytes)";
    }
}
