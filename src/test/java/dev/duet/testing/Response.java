package dev.duet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.duet.web.Json;

import java.net.http.HttpHeaders;

/** An HTTP answer as tests see it: status, headers and the body parsed as JSON (or missing). */
public record Response(int status, HttpHeaders headers, String text) {

    public JsonNode json() {
        if (text == null || text.isBlank()) return MissingNode.getInstance();
        return Json.tree(text);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
