package dev.duet.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What a component listing is narrowed to; null fields do not narrow. {@code search} matches name or display name. */
public record ComponentFilter(String search, String groupUuid, Boolean isRoot) {

    /** The extra {@code AND ...} conditions, with parameters; never user text in the SQL itself. */
    String sql() {
        var clauses = new ArrayList<String>();
        if (search != null) {
            clauses.add("(LOWER(name) LIKE :search ESCAPE '!' OR LOWER(COALESCE(display_name, '')) LIKE :search ESCAPE '!')");
        }
        if (groupUuid != null) clauses.add("component_group_uuid = :group_uuid");
        if (isRoot != null) clauses.add("is_root = :is_root");
        return clauses.isEmpty() ? "" : " AND " + String.join(" AND ", clauses);
    }

    Map<String, Object> params() {
        var params = new HashMap<String, Object>();
        if (search != null) params.put("search", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        if (groupUuid != null) params.put("group_uuid", groupUuid);
        if (isRoot != null) params.put("is_root", isRoot);
        return params;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
