package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What `import` reads from and writes to the database: documents by name, earlier imports by
 * sha-256, segments with their translation by id (in batches, so a large file streams), and one
 * {@link ImportWriter} per file inside one transaction.
 */
public final class ImportStore implements AutoCloseable {
  /** Ids looked up per query; a fixed count lets one prepared statement serve every batch. */
  public static final int BATCH = 256;

  private static final String UNITS = """
      SELECT s.id, s.document_id, s.source, s.plain, s.source_sha256, s.active, s.protected, s.version_dropped,
        CASE WHEN s.active = 0 THEN (SELECT r.id FROM segment r WHERE r.replaces = s.id AND r.active = 1 ORDER BY r.id LIMIT 1) END,
        t.target, t.state, t.revision, t.updated_at,
        CASE WHEN s.active = 0 THEN (SELECT r.source FROM segment r WHERE r.replaces = s.id AND r.active = 1 ORDER BY r.id LIMIT 1) END,
        s.codes
      FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.lang = ?
      WHERE s.id IN (%s)""".formatted(placeholders(BATCH));

  private static final String OPEN_FINDINGS = """
      SELECT id, segment_id, rule, severity, message, span FROM finding
      WHERE lang = ? AND resolved_at IS NULL AND segment_id IN (%s) ORDER BY id""".formatted(placeholders(BATCH));

  private final Database database;
  private PreparedStatement units;
  private PreparedStatement openFindings;

  public ImportStore(Database database) {
    this.database = database;
  }

  public String location() {
    return database.location();
  }

  /** The document with this name, if the desk has one. */
  public Optional<StoredDocument> document(String name) {
    Connection c = database.connection();
    try (PreparedStatement s = c.prepareStatement("SELECT id, source_lang, version FROM document WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) return Optional.empty();
        long id = rows.getLong(1);
        String sourceLang = rows.getString(2);
        int version = rows.getInt(3);
        return Optional.of(new StoredDocument(id, name, sourceLang, version, targets(c, id)));
      }
    } catch (SQLException e) {
      throw Database.failure(database.location(), "look up document " + name, e);
    }
  }

  private static List<String> targets(Connection c, long documentId) throws SQLException {
    List<String> targets = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT lang FROM document_target WHERE document_id = ? ORDER BY lang")) {
      s.setLong(1, documentId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) targets.add(rows.getString(1));
      }
    }
    return targets;
  }

  /** The first import of a file with this sha-256, if there was one. */
  public Optional<PastImport> importedBefore(String sha256) {
    try (PreparedStatement s = database.connection().prepareStatement(
        "SELECT i.id, i.file, i.imported_at, d.name, i.lang, i.translator,"
            + " i.applied, i.unchanged, i.empty, i.stale, i.conflict, i.protected, i.invalid, i.unknown FROM import i"
            + " LEFT JOIN document d ON d.id = i.document_id WHERE i.sha256 = ? ORDER BY i.id LIMIT 1")) {
      s.setString(1, sha256);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next()
            ? Optional.of(new PastImport(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), new ImportCounts(rows.getInt(7), rows.getInt(8), rows.getInt(9),
                    rows.getInt(10), rows.getInt(11), rows.getInt(12), rows.getInt(13), rows.getInt(14))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Database.failure(database.location(), "look up earlier imports", e);
    }
  }

  /** The export with this id, if the desk wrote it. */
  public Optional<ExportRecord> export(long id) {
    try (PreparedStatement s = database.connection().prepareStatement(
        "SELECT id, document_id, document_version, lang, exported_at FROM export WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next()
            ? Optional.of(new ExportRecord(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getString(4), rows.getString(5)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw Database.failure(database.location(), "look up export " + id, e);
    }
  }

  /**
   * The segments with these ids (at most {@link #BATCH}) with their translation into {@code lang},
   * by id; ids the desk does not have are absent.
   */
  public Map<Long, StoredUnit> units(String lang, List<Long> ids) {
    checkBatch(ids);
    Map<Long, StoredUnit> found = new HashMap<>(ids.size() * 2);
    try {
      if (units == null) units = database.connection().prepareStatement(UNITS);
      units.setString(1, lang);
      bind(units, 2, ids);
      try (ResultSet rows = units.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          int dropped = rows.getInt(8);
          Integer versionDropped = rows.wasNull() ? null : dropped;
          long replacement = rows.getLong(9);
          Long replacedBy = rows.wasNull() ? null : replacement;
          String target = Columns.text(rows, 10);
          String state = target == null ? "new" : Columns.text(rows, 11);
          int revision = target == null ? 0 : rows.getInt(12);
          found.put(id, new StoredUnit(id, rows.getLong(2), Columns.text(rows, 3), Columns.text(rows, 4), Columns.text(rows, 5),
              rows.getInt(6) == 1, rows.getInt(7) == 1, versionDropped, replacedBy,
              replacedBy == null ? null : Columns.text(rows, 14), target, state, revision,
              target == null ? null : Columns.text(rows, 13), Columns.text(rows, 15)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw Database.failure(database.location(), "look up segments", e);
    }
  }

  /** The open findings of these segments (at most {@link #BATCH}) in {@code lang}, by segment, oldest first. */
  public Map<Long, List<OpenFinding>> openFindings(String lang, List<Long> ids) {
    checkBatch(ids);
    Map<Long, List<OpenFinding>> found = new HashMap<>();
    try {
      if (openFindings == null) openFindings = database.connection().prepareStatement(OPEN_FINDINGS);
      openFindings.setString(1, lang);
      bind(openFindings, 2, ids);
      try (ResultSet rows = openFindings.executeQuery()) {
        while (rows.next()) {
          OpenFinding f = new OpenFinding(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
              rows.getString(5), rows.getString(6));
          found.computeIfAbsent(f.segmentId(), k -> new ArrayList<>(2)).add(f);
        }
      }
      return found;
    } catch (SQLException e) {
      throw Database.failure(database.location(), "look up open findings", e);
    }
  }

  /**
   * Runs one file's import in one transaction: everything {@code work} writes through the
   * {@link ImportWriter} lands together, or nothing does when it throws.
   */
  public <T> T write(String action, Function<ImportWriter, T> work) {
    return database.inTransaction(action, connection -> {
      try (ImportWriter writer = new ImportWriter(connection, database.location())) {
        T result = work.apply(writer);
        writer.flush();
        return result;
      }
    });
  }

  /** Closes the prepared statements; the database stays open. */
  @Override
  public void close() {
    try {
      if (units != null) units.close();
      if (openFindings != null) openFindings.close();
    } catch (SQLException e) {
      throw Database.failure(database.location(), "close statements", e);
    } finally {
      units = null;
      openFindings = null;
    }
  }

  private static void checkBatch(List<Long> ids) {
    if (ids.isEmpty() || ids.size() > BATCH) throw new IllegalArgumentException("batch of " + ids.size() + " ids");
  }

  /** Binds the ids, repeating the last one to fill the fixed count (IN ignores the repeats). */
  private static void bind(PreparedStatement s, int first, List<Long> ids) throws SQLException {
    for (int i = 0; i < BATCH; i++) s.setLong(first + i, ids.get(Math.min(i, ids.size() - 1)));
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
