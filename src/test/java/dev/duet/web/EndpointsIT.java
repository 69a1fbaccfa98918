package dev.duet.web;

import dev.duet.access.Permission;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deny by default, checked over the whole route table rather than route by route. */
class EndpointsIT {

    @Test
    void every_endpoint_declares_exactly_one_permission() {
        try (var app = new TestApp(TestDatabase.SQLITE)) {
            var endpoints = app.server.endpoints();

            assertThat(endpoints).isNotEmpty();
            assertThat(endpoints).allSatisfy(endpoint -> assertThat(endpoint.roles())
                    .as(endpoint.method() + " " + endpoint.path())
                    .hasSize(1)
                    .allMatch(Permission.class::isInstance));
        }
    }

    @Test
    void only_sign_in_documentation_and_health_are_public_among_management_routes() {
        try (var app = new TestApp(TestDatabase.SQLITE)) {
            var publicPaths = app.server.endpoints().stream()
                    .filter(endpoint -> endpoint.roles().contains(Permission.PUBLIC))
                    .filter(endpoint -> endpoint.path().startsWith("/api/") || endpoint.path().equals("/health"))
                    .map(endpoint -> endpoint.method() + " " + endpoint.path())
                    .toList();

            assertThat(publicPaths).containsExactlyInAnyOrder(
                    "POST /api/auth/login", "GET /api/openapi.json", "GET /health");
        }
    }
}
