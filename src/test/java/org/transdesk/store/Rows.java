package org.transdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads raw rows for store tests that need a database in a given shape, sound or broken. */
final class Rows {
  private Rows() {}

  /** A sound desk: one document at version 1 with {@code segments} segments, the first translated into de with its history row. */
  static long document(Connection c, String name, int segments) throws SQLException {
    long id = insert(c, "INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
        + " VALUES (?, 'text', 'en', 1, 'aa', X'00', 'now', 'now')", name);
    insert(c, "INSERT INTO document_version (document_id, version, source_sha256, ingested_at) VALUES (?, 1, 'aa', 'now')", id);
    insert(c, "INSERT INTO document_target (document_id, lang) VALUES (?, 'de')", id);
    for (int i = 0; i < segments; i++) {
      long segment = insert(c, "INSERT INTO segment (document_id, position, paragraph, source, plain, source_sha256, words, version_added)"
          + " VALUES (?, ?, 0, ?, ?, 'bb', 2, 1)", id, i, "Sentence " + i + ".", "Sentence " + i + ".");
      if (i == 0) translate(c, segment, "de", "Satz " + i + ".");
    }
    return id;
  }

  /** A translation and the history row that records it, as every writer must leave them. */
  static void translate(Connection c, long segment, String lang, String target) throws SQLException {
    insert(c, "INSERT INTO translation (segment_id, lang, target, state, updated_at) VALUES (?, ?, ?, 'translated', 'now')",
        segment, lang, target);
    insert(c, "INSERT INTO history (segment_id, lang, new_target, new_state, changed_at, reason) VALUES (?, ?, ?, 'translated', 'now', 'import')",
        segment, lang, target);
  }

  static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < args.length; i++) statement.setObject(i + 1, args[i]);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : -1;
      }
    }
  }

  static void execute(Connection c, String... sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      for (String line : sql) statement.execute(line);
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) values.add(rows.getString(1));
    }
    return values;
  }
}
