package dev.duet.access;

import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The users repository: accounts, their roles and password hashes. */
public final class Users {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String COLUMNS = "id, email, name, role, created_at, updated_at";

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;

    public Users(Database db, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User create(String email, String name, Role role, String password) {
        var normalised = normaliseEmail(email);
        checkPassword(password);
        var hash = hasher.hash(password);
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            if (findByEmail(handle, normalised).isPresent()) throw new Conflict("a user with email " + normalised + " exists");
            long id = handle.createUpdate("INSERT INTO users (email, name, role, password_hash, created_at, updated_at) "
                            + "VALUES (:email, :name, :role, :hash, :now, :now)")
                    .bind("email", normalised).bind("name", name == null || name.isBlank() ? normalised : name.strip())
                    .bind("role", role.id()).bind("hash", hash).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return get(handle, id);
        });
    }

    public User get(long id) {
        return db.read(handle -> get(handle, id));
    }

    public List<User> list(int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, c) -> map(rs)).list());
    }

    public long count() {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
    }

    public User update(long id, String name, Role role) {
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            var current = get(handle, id);
            handle.createUpdate("UPDATE users SET name = :name, role = :role, updated_at = :now WHERE id = :id")
                    .bind("name", name == null ? current.name() : name.strip())
                    .bind("role", (role == null ? current.role() : role).id())
                    .bind("now", now).bind("id", id).execute();
            return get(handle, id);
        });
    }

    public void delete(long id) {
        db.writeVoid(handle -> {
            if (handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute() == 0) {
                throw new NotFound("user", id);
            }
        });
    }

    /** The user whose email and password match, if any. Takes the same time for unknown emails. */
    public Optional<User> authenticate(String email, String password) {
        if (email == null || password == null) return Optional.empty();
        var row = db.read(handle -> handle.createQuery("SELECT " + COLUMNS + ", password_hash FROM users WHERE email = :email")
                .bind("email", email.strip().toLowerCase(Locale.ROOT))
                .map((rs, c) -> new Object[]{map(rs), rs.getString("password_hash")}).findOne());
        if (row.isEmpty()) {
            hasher.hash(password); // equalises timing so emails cannot be probed
            return Optional.empty();
        }
        return hasher.matches(password, (String) row.get()[1]) ? Optional.of((User) row.get()[0]) : Optional.empty();
    }

    public void changePassword(long id, String password) {
        checkPassword(password);
        var hash = hasher.hash(password);
        db.writeVoid(handle -> handle.createUpdate("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .bind("hash", hash).bind("now", Timestamps.format(clock.instant())).bind("id", id).execute());
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInput.field("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    static String normaliseEmail(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw InvalidInput.field("email", "must be an email address like name@example.com");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static User get(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id").bind("id", id)
                .map((rs, c) -> map(rs)).findOne().orElseThrow(() -> new NotFound("user", id));
    }

    private static Optional<User> findByEmail(Handle handle, String email) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email").bind("email", email)
                .map((rs, c) -> map(rs)).findOne();
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                Role.of(rs.getString("role")).orElseThrow(), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }
}
