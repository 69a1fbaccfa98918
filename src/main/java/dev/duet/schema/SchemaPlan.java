package dev.duet.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;

/**
 * What applying a schema would change, as the plan endpoint answers it: groups and components added, removed,
 * renamed or changed (down to each field's attributes), the stories whose content is migrated by renames, the data
 * that would be lost, and what blocks the change altogether. Every list has a fixed order, so the same files against
 * the same space always give the same plan.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaPlan(List<GroupChange> componentGroups, List<ComponentChange> components, List<Migration> migrations,
                         List<DataLoss> dataLoss, List<Blocker> blockers, int storiesToMigrate) {

    public enum Change {
        ADDED, REMOVED, RENAMED, CHANGED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A group of the files against the space: added, removed or renamed (by uuid). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupChange(Change change, String name, String renamedFrom, String uuid) {
    }

    /** A component's change; {@code renamedFrom} is set when it was renamed, {@code fields} in the files' order. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ComponentChange(Change change, String name, String renamedFrom, List<AttributeChange> attributes,
                                  List<FieldChange> fields) {
    }

    /** One field; {@code type} is the new type (the old one for a removed field). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldChange(Change change, String key, String renamedFrom, String type, List<AttributeChange> attributes) {
    }

    /** One attribute that differs; {@code from} or {@code to} is null where it is not set. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttributeChange(String key, JsonNode from, JsonNode to) {
    }

    public enum MigrationKind {
        FIELD_RENAMED, COMPONENT_RENAMED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Content moved along with a rename, in {@code stories} stories (by the component's new name). */
    public record Migration(MigrationKind kind, String component, String from, String to, int stories) {
    }

    public enum LossReason {
        FIELD_REMOVED, COMPONENT_REMOVED, TYPE_CHANGED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Values that applying drops from {@code stories} stories (drafts or published versions); {@code field} is null
     * for a removed component, whose bloks are dropped whole. {@code examples}: a few of their full slugs.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataLoss(String component, String field, LossReason reason, int stories, List<String> examples) {
    }

    /** A change that cannot be applied at all, even accepting data loss, and why. */
    public record Blocker(String component, String message, int stories, List<String> examples) {
    }

    public SchemaPlan {
        componentGroups = List.copyOf(componentGroups);
        components = List.copyOf(components);
        migrations = List.copyOf(migrations);
        dataLoss = List.copyOf(dataLoss);
        blockers = List.copyOf(blockers);
    }

    /** True when applying would drop data: it then needs {@code "accept_data_loss": true}. */
    @JsonProperty("loses_data")
    public boolean losesData() {
        return !dataLoss.isEmpty();
    }

    /** True when the files already are the space's schema: applying changes nothing. */
    @JsonProperty("up_to_date")
    public boolean upToDate() {
        return componentGroups.isEmpty() && components.isEmpty() && storiesToMigrate == 0;
    }
}
