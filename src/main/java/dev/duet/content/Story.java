package dev.duet.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.StaleVersion;
import dev.duet.failure.VersionRequired;

import java.time.Instant;
import java.util.List;

/**
 * A story or folder as the management API shows it (Storyblok's story shape). {@code content} is the current draft;
 * {@code version} numbers that draft and is what writes must be based on; {@code publishedVersion} points at the
 * version sites see, or is null while the story is not published. Folders have no content and are never published.
 */
public record Story(long id, String uuid, long spaceId, String name, String slug, String fullSlug, Long parentId,
                   boolean isFolder, boolean isStartpage, int position, JsonNode content, List<String> tagList,
                   String sortByDate, String groupId, String lang, String path, JsonNode metaData,
                   JsonNode translatedSlugs, String defaultRoot, int version, Integer publishedVersion,
                   Instant publishedAt, Instant firstPublishedAt, Instant createdAt, Instant updatedAt,
                   String createdBy, String updatedBy) {

    /** Which stories a list asks for by publication state. */
    public enum Status { DRAFT, PUBLISHED, CHANGED }

    public Story {
        tagList = List.copyOf(tagList);
    }

    @JsonProperty("published")
    public boolean published() {
        return publishedVersion != null;
    }

    /** True when the draft has moved on from the published version. */
    @JsonProperty("unpublished_changes")
    public boolean unpublishedChanges() {
        return publishedVersion != null && publishedVersion != version;
    }

    /** The {@code full_slug} prefix every descendant of this folder has. */
    @JsonIgnore
    public String childPrefix() {
        return fullSlug + "/";
    }

    /**
     * Optimistic locking: a write must name the version it was based on and that must still be the current one,
     * so two people saving the same story never silently overwrite each other.
     */
    public void requireVersion(Long basedOn) {
        if (basedOn == null) throw new VersionRequired("story " + id);
        if (basedOn != version) throw new StaleVersion("story " + id, basedOn, version);
    }
}
