package dev.duet.datasources;

import dev.duet.failure.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a datasource's settings must meet before anything is written; paths name fields as the API spells them. */
final class DatasourceRules {

    static final int MAX_NAME = 200;
    static final int MAX_SLUG = 100;
    static final int MAX_DIMENSIONS = 50;
    static final Pattern DIMENSION_KEY = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,49}$");
    private static final String PATH = "datasource";

    /** Settings that met the rules; null fields (on a change) keep their value. */
    record Checked(String name, String slug, List<DimensionSettings> dimensions) {
    }

    private DatasourceRules() {
    }

    /** A new datasource needs a name; its slug defaults to the name's; no dimensions means none. */
    static Checked forCreate(DatasourceSettings settings) {
        var problems = new Problems();
        if (settings == null) {
            problems.add(PATH, "is required: send {\"datasource\": {\"name\": ..., \"slug\": ...}}");
            problems.throwIfAny();
        }
        if (settings.name() == null) problems.add(PATH + ".name", "is required");
        var name = name(settings.name(), problems);
        var slug = blank(settings.slug()) ? slugFromName(name, problems) : slug(settings.slug(), problems);
        var dimensions = settings.dimensions() == null ? List.<DimensionSettings>of() : dimensions(settings.dimensions(), problems);
        problems.throwIfAny();
        return new Checked(name, slug, dimensions);
    }

    /** A change may leave out any field; a slug, if given, must not normalise to nothing. */
    static Checked forUpdate(DatasourceSettings settings) {
        var problems = new Problems();
        if (settings == null) {
            problems.add(PATH, "is required: send {\"datasource\": {...the fields to change}}");
            problems.throwIfAny();
        }
        var name = settings.name() == null ? null : name(settings.name(), problems);
        var slug = settings.slug() == null ? null : slug(settings.slug(), problems);
        var dimensions = settings.dimensions() == null ? null : dimensions(settings.dimensions(), problems);
        problems.throwIfAny();
        return new Checked(name, slug, dimensions);
    }

    private static String name(String name, Problems problems) {
        if (name == null) return null;
        if (name.isBlank()) problems.add(PATH + ".name", "must not be blank");
        else if (name.strip().length() > MAX_NAME) problems.add(PATH + ".name", "must be at most " + MAX_NAME + " characters");
        else if (EntryRules.hasControlCharacter(name.strip())) problems.add(PATH + ".name", "must not contain control characters");
        return name.strip();
    }

    private static String slugFromName(String name, Problems problems) {
        if (blank(name)) return null;
        var slug = Slugs.normalise(name);
        if (slug.isEmpty()) problems.add(PATH + ".slug", "is required when the name has no letters or digits to make one from");
        return slug.length() > MAX_SLUG ? Slugs.normalise(slug.substring(0, MAX_SLUG)) : slug;
    }

    private static String slug(String raw, Problems problems) {
        var slug = Slugs.normalise(raw);
        if (slug.isEmpty()) problems.add(PATH + ".slug", "must contain letters or digits (a-z, 0-9, - and _), got " + raw);
        else if (slug.length() > MAX_SLUG) problems.add(PATH + ".slug", "must be at most " + MAX_SLUG + " characters");
        return slug;
    }

    private static List<DimensionSettings> dimensions(List<DimensionSettings> given, Problems problems) {
        if (given.size() > MAX_DIMENSIONS) {
            problems.add(PATH + ".dimensions", "must list at most " + MAX_DIMENSIONS + " dimensions");
            return List.of();
        }
        var keys = new HashSet<String>();
        var ids = new HashSet<Long>();
        var checked = new ArrayList<DimensionSettings>();
        for (int i = 0; i < given.size(); i++) {
            var path = PATH + ".dimensions[" + i + "]";
            var dimension = given.get(i);
            if (dimension == null) {
                problems.add(path, "must be an object with name and entry_value");
                continue;
            }
            if (blank(dimension.name())) problems.add(path + ".name", "is required");
            else if (dimension.name().strip().length() > MAX_NAME) problems.add(path + ".name", "must be at most " + MAX_NAME + " characters");
            else if (EntryRules.hasControlCharacter(dimension.name().strip())) problems.add(path + ".name", "must not contain control characters");
            var key = dimension.entryValue();
            if (blank(key)) problems.add(path + ".entry_value", "is required (the dimension's key, e.g. de)");
            else if (!DIMENSION_KEY.matcher(key).matches()) {
                problems.add(path + ".entry_value", "must be 1-50 of a-z, 0-9, - and _ starting with a letter or digit, got " + key);
            } else if (!keys.add(key)) problems.add(path + ".entry_value", key + " is listed twice");
            if (dimension.id() != null && !ids.add(dimension.id())) problems.add(path + ".id", dimension.id() + " is listed twice");
            checked.add(new DimensionSettings(dimension.id(), dimension.name() == null ? null : dimension.name().strip(), key));
        }
        return checked;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
