package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.transdesk.check.Fingerprint;

/**
 * Fills a test database row by row (documents, segments, translations, exports) and reads it back
 * whole, for tests that need a desk without running ingest.
 */
public final class DeskFixture implements AutoCloseable {
  private final Database database;

  public DeskFixture(String location) {
    this.database = Database.open(location);
  }

  public Database database() {
    return database;
  }

  public int document(String name, String sourceLang, String... targets) {
    int id = insert("INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
        + " VALUES (?, 'text', ?, 1, 'x', X'00', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')", name, sourceLang);
    for (String t : targets) insert("INSERT INTO document_target (document_id, lang) VALUES (?, ?)", id, t);
    return id;
  }

  /** Adds a segment with the given neutral source; plain text strips codes and unescapes. */
  public int segment(long documentId, String source) {
    String plain = source.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return insert("INSERT INTO segment (document_id, position, paragraph, source, plain, source_sha256, words, version_added)"
        + " VALUES (?, (SELECT count(*) FROM segment WHERE document_id = ?), 0, ?, ?, ?, 1, 1)",
        documentId, documentId, source, plain, Fingerprint.of(source));
  }

  /** Adds many segments in one transaction (for benchmarks); returns the first id, the others follow in order. */
  public int segments(long documentId, java.util.Iterator<String> sources) {
    return database.inTransaction("add segments", c -> {
      int first = 0;
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO segment (id, document_id, position, paragraph, source, plain, source_sha256, words, version_added)"
              + " VALUES (?, ?, ?, 0, ?, ?, ?, 1, 1)")) {
        int id;
        try (Statement q = c.createStatement(); ResultSet r = q.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM segment")) {
          r.next();
          id = r.getInt(1);
        }
        first = id;
        int position = 0;
        while (sources.hasNext()) {
          String source = sources.next();
          s.setInt(1, id++);
          s.setLong(2, documentId);
          s.setInt(3, position++);
          s.setString(4, source);
          s.setString(5, source.replaceAll("<[^>]*>", ""));
          s.setString(6, Fingerprint.of(source));
          s.addBatch();
          if (position % 1000 == 0) s.executeBatch();
        }
        s.executeBatch();
      }
      return first;
    });
  }

  public void protect(long segmentId) {
    update("UPDATE segment SET protected = 1 WHERE id = ?", segmentId);
  }

  /** Marks a segment dropped in version 2 and adds the segment that replaces it. */
  public int replace(long segmentId, String newSource) {
    long documentId = ((Number) rows("SELECT document_id FROM segment WHERE id = " + segmentId).get(0).get(0)).longValue();
    int replacement = segment(documentId, newSource);
    update("UPDATE segment SET active = 0, version_dropped = 2 WHERE id = ?", segmentId);
    update("UPDATE segment SET replaces = ?, version_added = 2 WHERE id = ?", segmentId, replacement);
    return replacement;
  }

  /** Drops a segment in version 2 with nothing in its place (a deleted sentence). */
  public void drop(long segmentId) {
    update("UPDATE segment SET active = 0, version_dropped = 2 WHERE id = ?", segmentId);
  }

  public void translation(long segmentId, String lang, String target, String state, int revision) {
    insert("INSERT INTO translation (segment_id, lang, target, state, revision, updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-02T00:00:00Z')",
        segmentId, lang, target, state, revision);
  }

  public int export(long documentId, String lang, String exportedAt) {
    return insert("INSERT INTO export (document_id, document_version, lang, file, xliff_version, units, sha256, exported_at)"
        + " VALUES (?, 1, ?, 'out.xlf', '1.2', 0, 'x', ?)", documentId, lang, exportedAt);
  }

  public List<List<Object>> rows(String sql) {
    try (Statement s = database.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      List<List<Object>> rows = new ArrayList<>();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = r.getObject(i);
          row.add(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : value);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public long count(String table) {
    return ((Number) rows("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
  }

  /** Every row of every table, as text, to compare a database before and after. */
  public String dump() {
    StringBuilder out = new StringBuilder();
    for (List<Object> table : rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      out.append("== ").append(table.get(0)).append('\n');
      for (List<Object> row : rows("SELECT * FROM \"" + table.get(0) + "\" ORDER BY 1")) out.append(row).append('\n');
    }
    return out.toString();
  }

  private int insert(String sql, Object... args) {
    Connection c = database.connection();
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        return keys.next() ? keys.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement s = database.connection().prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
