package dev.duet.schema;

/** A named folder of components in one space; bloks fields can be restricted to the components of some groups. */
public record ComponentGroup(long id, String uuid, long spaceId, String name) {
}
