package org.transdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Keeps a desk's database trustworthy: a consistent copy of the live file (`transdesk backup`)
 * and the checks that prove a file sound (`transdesk check`).
 */
public final class Maintenance {
  /** The translation states of DESIGN.md; anything else in the database is a violation. */
  static final String STATES = "'new', 'translated', 'reviewed', 'final', 'needs-update'";

  private final Database database;

  public Maintenance(Database database) {
    this.database = database;
  }

  /** What a backup wrote. */
  public record Backup(Path file, long bytes) {}

  /**
   * Copies the database, as one consistent snapshot, to {@code target}. The copy is written under
   * a temporary name next to the target, checked with {@code PRAGMA integrity_check}, synced to
   * disk and moved into place, so the target is either the whole copy or untouched. Writers in
   * other processes go on while the copy is taken (WAL readers never block writers).
   */
  public Backup backup(Path target, boolean force) {
    if (!database.url().startsWith("jdbc:sqlite:")) {
      throw new DeskException(ExitCode.USAGE, "%s: backup copies SQLite databases only; back this one up with its own tools",
          database.location());
    }
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new DeskException(ExitCode.USAGE, "%s is a folder; name the backup file, e.g. %s", target,
          Path.of(target.toString(), "transdesk-backup.db"));
    }
    if (isDatabaseItself(file)) {
      throw new DeskException(ExitCode.USAGE, "%s is the database itself; name another file for the backup", target);
    }
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new DeskException(ExitCode.USAGE, "%s already exists; pass --force to replace it or name another file", target);
    }
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      throw new DeskException(ExitCode.FAILURE, "%s: folder %s does not exist; create it or name another file", target, folder);
    }
    Path temp = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      createEmpty(temp, target);
      copyInto(temp, target);
      verify(temp, target);
      sync(temp);
      if (force) {
        // A stale write-ahead log left beside the old file would be replayed onto the new one.
        for (String suffix : List.of("-wal", "-shm", "-journal")) deleteQuietly(Path.of(file + suffix));
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncFolder(folder);
      return new Backup(file, Files.size(file));
    } catch (IOException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot write the backup: %s; check the folder's permissions and free space",
          target, reason(e));
    } finally {
      deleteQuietly(temp);
    }
  }

  private boolean isDatabaseItself(Path file) {
    String location = database.location();
    if (location.startsWith("jdbc:") || !Files.exists(file)) return false;
    try {
      return Files.isSameFile(file, Path.of(location));
    } catch (IOException e) {
      return false;
    }
  }

  private static void createEmpty(Path temp, Path target) throws IOException {
    try {
      Files.deleteIfExists(temp);
      Files.createFile(temp);
    } catch (FileAlreadyExistsException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: another backup to the same file is running (%s exists); wait for it", target, temp);
    }
  }

  private void copyInto(Path temp, Path target) {
    // VACUUM INTO reads one snapshot in a single read transaction: the copy is consistent even
    // while another process commits imports (https://sqlite.org/lang_vacuum.html#vacuuminto).
    try (PreparedStatement vacuum = database.connection().prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, temp.toString());
      vacuum.execute();
    } catch (SQLException e) {
      throw Database.failure(database.location(), "back it up to " + target, e);
    }
  }

  private static void verify(Path temp, Path target) {
    try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + temp);
        Statement statement = copy.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
      List<String> problems = new ArrayList<>();
      while (rows.next()) if (!"ok".equals(rows.getString(1))) problems.add(rows.getString(1));
      if (!problems.isEmpty()) {
        throw new DeskException(ExitCode.FAILURE, "%s: the copy fails SQLite's integrity check (%s); run transdesk check on the database",
            target, problems.get(0));
      }
    } catch (SQLException e) {
      throw new DeskException(ExitCode.FAILURE, e, "%s: cannot read back the copy: %s", target, e.getMessage());
    }
  }

  private static void sync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** Makes the rename durable; some file systems cannot open a folder for syncing, and then the rename is all we have. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // best effort
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is harmless: the next backup removes it
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    return e.getMessage();
  }

  /** The names of the checks {@link #check()} runs, in order. */
  public static List<String> checks() {
    List<String> names = new ArrayList<>(List.of("integrity", "foreign-key"));
    for (Invariant invariant : INVARIANTS) if (!names.contains(invariant.check())) names.add(invariant.check());
    return names;
  }

  /**
   * Runs SQLite's integrity and foreign-key checks and the desk's own invariants; returns every
   * violation found (empty when the database is sound).
   */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    Connection connection = database.connection();
    pragma(connection, "PRAGMA integrity_check", rows -> {
      String message = rows.getString(1);
      if (!"ok".equals(message)) violations.add(new Violation("integrity", message));
    }, violations, "integrity");
    pragma(connection, "PRAGMA foreign_key_check", rows -> violations.add(new Violation("foreign-key",
        String.format(Locale.ROOT, "%s row %d refers to a missing %s row", rows.getString("table"), rows.getLong("rowid"),
            rows.getString("parent")))), violations, "foreign-key");
    for (Invariant invariant : INVARIANTS) {
      pragma(connection, invariant.sql(), rows -> violations.add(new Violation(invariant.check(), invariant.message(rows))),
          violations, invariant.check());
    }
    return List.copyOf(violations);
  }

  private interface RowAction {
    void accept(ResultSet rows) throws SQLException;
  }

  private void pragma(Connection connection, String sql, RowAction action, List<Violation> violations, String check) {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) action.accept(rows);
    } catch (SQLException e) {
      violations.add(new Violation(check, "could not run the check: " + firstLine(e.getMessage())));
    }
  }

  private static String firstLine(String message) {
    if (message == null) return "(no message)";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** One of the desk's own rules: a query that returns one row per violation, and the words for a row. */
  private record Invariant(String check, String sql, Message message) {
    String message(ResultSet rows) throws SQLException {
      return message.of(rows);
    }
  }

  private interface Message {
    String of(ResultSet rows) throws SQLException;
  }

  private static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static final List<Invariant> INVARIANTS = List.of(
      new Invariant("state",
          "SELECT segment_id, lang, state FROM translation WHERE state NOT IN (" + STATES + ") ORDER BY segment_id, lang",
          rows -> format("translation of segment %d into %s has state '%s', not one of new, translated, reviewed, final, needs-update",
              rows.getLong(1), rows.getString(2), rows.getString(3))),
      new Invariant("state",
          "SELECT id, segment_id, lang, CASE WHEN new_state NOT IN (" + STATES + ") THEN new_state ELSE old_state END FROM history"
              + " WHERE (old_state IS NOT NULL AND old_state NOT IN (" + STATES + "))"
              + " OR (new_state IS NOT NULL AND new_state NOT IN (" + STATES + ")) ORDER BY id",
          rows -> format("history row %d (segment %d, %s) records state '%s', not one of new, translated, reviewed, final, needs-update",
              rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4))),
      new Invariant("state",
          "SELECT id, segment_id, lang, state FROM held_translation WHERE state NOT IN (" + STATES + ") ORDER BY id",
          rows -> format("held translation %d (segment %d, %s) has state '%s', not one of new, translated, reviewed, final, needs-update",
              rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4))),
      new Invariant("history",
          "SELECT t.segment_id, t.lang, h.id FROM translation t"
              + " LEFT JOIN history h ON h.id = (SELECT max(id) FROM history WHERE segment_id = t.segment_id AND lang = t.lang)"
              + " WHERE h.id IS NULL OR h.new_target IS NOT t.target ORDER BY t.segment_id, t.lang",
          rows -> rows.getObject(3) == null
              ? format("translation of segment %d into %s has no history row", rows.getLong(1), rows.getString(2))
              : format("translation of segment %d into %s differs from its last history row %d: it was changed without a history row",
                  rows.getLong(1), rows.getString(2), rows.getLong(3))),
      new Invariant("position",
          "SELECT d.name, s.position, count(*), group_concat(s.id, ', ') FROM segment s JOIN document d ON d.id = s.document_id"
              + " WHERE s.active = 1 GROUP BY s.document_id, s.position HAVING count(*) > 1 ORDER BY d.name, s.position",
          rows -> format("document %s has %d active segments at position %d (segments %s)",
              rows.getString(1), rows.getLong(3), rows.getLong(2), rows.getString(4))),
      new Invariant("version",
          "SELECT d.name, d.version, v.version FROM document d"
              + " LEFT JOIN document_version v ON v.document_id = d.id AND v.version = d.version"
              + " WHERE v.version IS NULL OR v.source_sha256 <> d.source_sha256 ORDER BY d.name",
          rows -> rows.getObject(3) == null
              ? format("document %s is at version %d, which has no document_version row", rows.getString(1), rows.getLong(2))
              : format("document %s: its current version %d has another sha-256 in document_version", rows.getString(1),
                  rows.getLong(2))),
      new Invariant("version",
          "SELECT d.name, d.version, max(v.version) FROM document d JOIN document_version v ON v.document_id = d.id"
              + " GROUP BY d.id HAVING max(v.version) > d.version ORDER BY d.name",
          rows -> format("document %s is at version %d but document_version has version %d", rows.getString(1),
              rows.getLong(2), rows.getLong(3))),
      new Invariant("version",
          "SELECT s.id, d.name, s.version_added, d.version FROM segment s JOIN document d ON d.id = s.document_id"
              + " WHERE s.version_added < 1 OR s.version_added > d.version ORDER BY s.id",
          rows -> format("segment %d of %s was added in version %d, but the document is at version %d",
              rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4))),
      new Invariant("version",
          "SELECT s.id, d.name, s.active, s.version_dropped FROM segment s JOIN document d ON d.id = s.document_id"
              + " WHERE (s.active = 1 AND s.version_dropped IS NOT NULL) OR (s.active = 0 AND s.version_dropped IS NULL)"
              + " OR s.version_dropped > d.version OR s.version_dropped <= s.version_added ORDER BY s.id",
          rows -> rows.getInt(3) == 1
              ? format("segment %d of %s is active but marked dropped in version %d", rows.getLong(1), rows.getString(2), rows.getLong(4))
              : rows.getObject(4) == null
                  ? format("segment %d of %s is inactive but no version dropped it", rows.getLong(1), rows.getString(2))
                  : format("segment %d of %s was dropped in version %d, not between its first version and the document's current one",
                      rows.getLong(1), rows.getString(2), rows.getLong(4))),
      new Invariant("version",
          "SELECT e.id, d.name, e.document_version, d.version FROM export e JOIN document d ON d.id = e.document_id"
              + " WHERE e.document_version > d.version ORDER BY e.id",
          rows -> format("export %d of %s is of version %d, but the document is at version %d",
              rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4))));
}
