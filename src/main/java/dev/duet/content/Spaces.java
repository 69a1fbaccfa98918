package dev.duet.content;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.access.Secrets;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The spaces repository: settings, cache versions and delivery tokens. */
public final class Spaces {

    /** What a space is created or changed with; null fields keep their value on change. */
    public record Settings(String name, String defaultLanguage, List<String> languages, String previewUrl) {
    }

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[a-z0-9]{2,8})*$");

    private final Database db;
    private final Clock clock;
    private final List<SpaceCleanup> cleanups = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Spaces(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Space create(Settings settings) {
        var name = required(settings.name());
        var defaultLanguage = settings.defaultLanguage() == null ? "en" : language("default_language", settings.defaultLanguage());
        var languages = languages(settings.languages(), defaultLanguage);
        var previewUrl = previewUrl(settings.previewUrl());
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            long id = handle.createUpdate("INSERT INTO spaces (name, default_language, languages, preview_url, cv, created_at, updated_at) "
                            + "VALUES (:name, :default, :languages, :preview, :cv, :now, :now)")
                    .bind("name", name).bind("default", defaultLanguage).bind("languages", Json.write(languages))
                    .bind("preview", previewUrl).bind("cv", clock.instant().getEpochSecond()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertToken(handle, id, DeliveryToken.PUBLIC);
            insertToken(handle, id, DeliveryToken.PREVIEW);
            return get(handle, id);
        });
    }

    public Space get(long id) {
        return db.read(handle -> get(handle, id));
    }

    public static Space get(Handle handle, long id) {
        return handle.createQuery("SELECT * FROM spaces WHERE id = :id").bind("id", id)
                .map((rs, c) -> map(rs)).findOne().orElseThrow(() -> new NotFound("space", id));
    }

    public List<Space> list() {
        return db.read(handle -> handle.createQuery("SELECT * FROM spaces ORDER BY id").map((rs, c) -> map(rs)).list());
    }

    public Space update(long id, Settings settings) {
        return db.write(handle -> {
            var current = get(handle, id);
            var name = settings.name() == null ? current.name() : required(settings.name());
            var defaultLanguage = settings.defaultLanguage() == null ? current.defaultLanguage()
                    : language("default_language", settings.defaultLanguage());
            var languages = settings.languages() == null ? current.languages() : languages(settings.languages(), defaultLanguage);
            var previewUrl = settings.previewUrl() == null ? current.previewUrl() : previewUrl(settings.previewUrl());
            handle.createUpdate("UPDATE spaces SET name = :name, default_language = :default, languages = :languages, "
                            + "preview_url = :preview, updated_at = :now WHERE id = :id")
                    .bind("name", name).bind("default", defaultLanguage).bind("languages", Json.write(languages))
                    .bind("preview", previewUrl).bind("now", Timestamps.format(clock.instant())).bind("id", id).execute();
            return get(handle, id);
        });
    }

    public void delete(long id) {
        db.writeVoid(handle -> {
            get(handle, id);
            for (var cleanup : cleanups) cleanup.deleteSpaceData(handle, id);
            handle.createUpdate("DELETE FROM spaces WHERE id = :id").bind("id", id).execute();
        });
    }

    /** Has {@code cleanup} run in every space deletion's transaction, for data no foreign key cascades from a space. */
    public void alsoDeleteWithASpace(SpaceCleanup cleanup) {
        cleanups.add(cleanup);
    }

    /**
     * Takes the space's row lock until the caller's transaction ends, so writes to one space's stories run one after
     * another on PostgreSQL too (SQLite runs every write transaction alone anyway): sibling order, slug checks and
     * version checks then see no concurrent change. Story writes are human-paced, so the queue stays short.
     */
    public void lockForWrite(Handle handle, long spaceId) {
        if (handle.createUpdate("UPDATE spaces SET cv = cv WHERE id = :id").bind("id", spaceId).execute() == 0) {
            throw new NotFound("space", spaceId);
        }
    }

    /**
     * Raises the space's cache version inside the caller's transaction and returns it. The new value is the current
     * second, or one more than the old value if that is not higher, so it always grows and reads like a timestamp.
     */
    public long bumpCacheVersion(Handle handle, long spaceId) {
        var current = get(handle, spaceId).cv();
        var next = Math.max(current + 1, clock.instant().getEpochSecond());
        handle.createUpdate("UPDATE spaces SET cv = :cv WHERE id = :id").bind("cv", next).bind("id", spaceId).execute();
        return next;
    }

    public List<DeliveryToken> tokens(long spaceId) {
        return db.read(handle -> {
            get(handle, spaceId);
            return handle.createQuery("SELECT * FROM delivery_tokens WHERE space_id = :space ORDER BY created_at, token")
                    .bind("space", spaceId).map((rs, c) -> mapToken(rs)).list();
        });
    }

    public DeliveryToken createToken(long spaceId, String access) {
        if (!DeliveryToken.PUBLIC.equals(access) && !DeliveryToken.PREVIEW.equals(access)) {
            throw InvalidInput.field("access", "must be public or preview");
        }
        return db.write(handle -> {
            get(handle, spaceId);
            return insertToken(handle, spaceId, access);
        });
    }

    public void deleteToken(long spaceId, String token) {
        db.writeVoid(handle -> {
            if (handle.createUpdate("DELETE FROM delivery_tokens WHERE space_id = :space AND token = :token")
                    .bind("space", spaceId).bind("token", token).execute() == 0) {
                throw new NotFound("delivery token", token);
            }
        });
    }

    private DeliveryToken insertToken(Handle handle, long spaceId, String access) {
        var token = Secrets.random(18);
        handle.createUpdate("INSERT INTO delivery_tokens (token, space_id, access, created_at) VALUES (:token, :space, :access, :now)")
                .bind("token", token).bind("space", spaceId).bind("access", access)
                .bind("now", Timestamps.format(clock.instant())).execute();
        return handle.createQuery("SELECT * FROM delivery_tokens WHERE token = :token").bind("token", token)
                .map((rs, c) -> mapToken(rs)).one();
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) throw InvalidInput.field("name", "is required");
        if (name.length() > 200) throw InvalidInput.field("name", "must be at most 200 characters");
        return name.strip();
    }

    private static String language(String path, String code) {
        if (code == null || !LANGUAGE.matcher(code).matches()) {
            throw InvalidInput.field(path, "must be a language code like en, de or pt-br, got " + code);
        }
        return code;
    }

    private static List<String> languages(List<String> codes, String defaultLanguage) {
        if (codes == null) return List.of();
        var unique = new LinkedHashSet<String>();
        var problems = new ArrayList<InvalidInput.Problem>();
        for (int i = 0; i < codes.size(); i++) {
            var code = codes.get(i);
            if (code == null || !LANGUAGE.matcher(code).matches()) {
                problems.add(new InvalidInput.Problem("languages[" + i + "]", "must be a language code like de or pt-br"));
            } else if (code.equals(defaultLanguage)) {
                problems.add(new InvalidInput.Problem("languages[" + i + "]", code + " is already the default language"));
            } else if (!unique.add(code)) {
                problems.add(new InvalidInput.Problem("languages[" + i + "]", code + " is listed twice"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInput("invalid languages", problems);
        return List.copyOf(unique);
    }

    private static String previewUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            var uri = URI.create(url.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw InvalidInput.field("preview_url", "must be an http(s) URL like https://www.example.com/");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("preview_url", "must be an http(s) URL like https://www.example.com/");
        }
    }

    private static Space map(ResultSet rs) throws SQLException {
        return new Space(rs.getLong("id"), rs.getString("name"), rs.getString("default_language"),
                Json.mapper().convertValue(Json.tree(rs.getString("languages")), new TypeReference<List<String>>() { }),
                rs.getString("preview_url"), rs.getLong("cv"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }

    private static DeliveryToken mapToken(ResultSet rs) throws SQLException {
        return new DeliveryToken(rs.getString("token"), rs.getLong("space_id"), rs.getString("access"),
                Timestamps.parse(rs.getString("created_at")));
    }
}
