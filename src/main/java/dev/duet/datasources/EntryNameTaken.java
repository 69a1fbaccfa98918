package dev.duet.datasources;

import dev.duet.failure.Conflict;

/** Another entry of the datasource already has the name (entry names are the keys sites look values up by). */
public class EntryNameTaken extends Conflict {
    public EntryNameTaken(String name) {
        super("datasource_entry.name: another entry of this datasource is already named " + name);
    }
}
