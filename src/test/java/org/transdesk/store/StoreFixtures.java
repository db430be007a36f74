package org.transdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Databases in a known shape, and views of them, for tests outside the store package (which must not touch JDBC). */
public final class StoreFixtures {
  private StoreFixtures() {}

  /** An empty desk: the schema and nothing else. */
  public static void create(String location) {
    Database.open(location).close();
  }

  /** A sound desk with one document of three segments, the first translated into de. */
  public static void seedSound(String location) {
    try (Database db = Database.open(location)) {
      db.inTransaction("seed", c -> Rows.document(c, "a.txt", 3));
    }
  }

  /** Overwrites the de translation of segment 1 without a history row, as a buggy writer would. */
  public static void overwriteWithoutHistory(String location) {
    try (Database db = Database.open(location)) {
      Rows.execute(db.connection(), "UPDATE translation SET target = 'Überschrieben.' WHERE segment_id = 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the desk holds, without time stamps: documents, segments, translations, history,
   * imports, held translations, findings and exports, each row on a line in a fixed order. Two
   * databases with the same content give the same string even when written at other times.
   */
  public static String content(String location) {
    List<String> queries = List.of(
        "SELECT name, format, source_lang, version, source_sha256, length(original) FROM document ORDER BY name",
        "SELECT d.name, v.version, v.source_sha256 FROM document_version v JOIN document d ON d.id = v.document_id ORDER BY 1, 2",
        "SELECT d.name, t.lang FROM document_target t JOIN document d ON d.id = t.document_id ORDER BY 1, 2",
        "SELECT id, document_id, position, paragraph, source, plain, codes, source_sha256, words, version_added, version_dropped,"
            + " active, protected, replaces, repeat_of FROM segment ORDER BY id",
        "SELECT segment_id, lang, target, state, revision, translator, previous_source FROM translation ORDER BY 1, 2",
        "SELECT segment_id, lang, old_target, old_state, new_target, new_state, reason, source_file, source_sha256, translator"
            + " FROM history ORDER BY id",
        "SELECT file, sha256, lang, translator, applied, unchanged, empty, stale, conflict, protected, invalid, unknown, outcome"
            + " FROM import ORDER BY id",
        "SELECT segment_id, lang, target, state, reason FROM held_translation ORDER BY id",
        "SELECT segment_id, lang, rule, severity, message, span, resolved_at IS NULL FROM finding ORDER BY id",
        "SELECT document_id, document_version, lang, file, xliff_version, units, sha256 FROM export ORDER BY id");
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location); Statement s = c.createStatement()) {
      for (String query : queries) {
        out.append("-- ").append(query, query.indexOf(" FROM ") + 6, query.length()).append('\n');
        try (ResultSet rows = s.executeQuery(query)) {
          ResultSetMetaData meta = rows.getMetaData();
          while (rows.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) out.append(i == 1 ? "" : " | ").append(rows.getString(i));
            out.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(location + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** How many rows a table has (for test summaries). */
  public static long count(String location, String table) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location)) {
      return Rows.count(c, "SELECT count(*) FROM " + table);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row a query returns, as text. */
  public static List<String> strings(String location, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location)) {
      return Rows.strings(c, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sha-256 of every recorded export, by file as written. */
  public static List<String> exportHashes(String location) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location)) {
      return Rows.strings(c, "SELECT sha256 FROM export ORDER BY id");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Another process's writer in the middle of its work: a connection that took the write lock
   * (BEGIN IMMEDIATE) and wrote a row it has not committed. close() rolls it back; commit() lands it.
   */
  public static final class WriteLock implements AutoCloseable {
    private final Connection connection;

    public WriteLock(String location) {
      try {
        connection = DriverManager.getConnection("jdbc:sqlite:" + location);
        Rows.execute(connection, "BEGIN IMMEDIATE",
            "INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
                + " VALUES ('held-by-another-process.txt', 'text', 'en', 1, 'x', X'00', 'now', 'now')",
            "INSERT INTO document_version (document_id, version, source_sha256, ingested_at)"
                + " SELECT id, 1, 'x', 'now' FROM document WHERE name = 'held-by-another-process.txt'");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    public void commit() {
      try {
        Rows.execute(connection, "COMMIT");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      try {
        try (Statement s = connection.createStatement()) {
          s.execute("ROLLBACK");
        } catch (SQLException e) {
          // already committed: nothing to roll back
        }
        connection.close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
