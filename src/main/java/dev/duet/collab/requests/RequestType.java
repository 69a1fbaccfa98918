package dev.duet.collab.requests;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What kind of work a request asks for; ids are what the API and the admin app read. */
public enum RequestType {
    LANDING_PAGE("landing_page"),
    TRACKING("tracking"),
    INTEGRATION("integration"),
    DATA_PULL("data_pull"),
    EMAIL_TEMPLATE("email_template"),
    ACCESS("access"),
    OTHER("other");

    private final String id;

    RequestType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<RequestType> of(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RequestType::id).toList());
    }
}
