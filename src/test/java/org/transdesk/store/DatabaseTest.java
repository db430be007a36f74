package org.transdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void emptyDatabaseIsMigratedToTheWholeSchemaInWalMode() throws Exception {
    try (Database db = Database.open(dir.resolve("desk.db").toString())) {
      assertEquals(List.of("document", "document_target", "document_version", "export", "finding",
          "held_translation", "history", "import", "report_document_count", "report_state_count", "segment", "translation"), tables(db));
      assertEquals("wal", pragma(db, "journal_mode"));
      assertEquals("1", pragma(db, "foreign_keys"));
    }
  }

  @Test
  void timestampsAlwaysHaveMillisecondsSoTheyCompareAsTextInTimeOrder() {
    // A second's first millisecond once came out as "…:32Z", which sorts after "…:32.500Z".
    String whole = Database.timestamp(java.time.Instant.parse("2026-11-29T00:27:32Z"));
    String later = Database.timestamp(java.time.Instant.parse("2026-11-29T00:27:32.500Z"));
    assertEquals("2026-11-29T00:27:32.000Z", whole);
    assertEquals("2026-11-29T00:27:32.500Z", later);
    assertEquals(true, whole.compareTo(later) < 0);
    assertEquals(24, Database.now().length());
  }

  @Test
  void reopeningAnExistingDatabaseKeepsItsRows() throws Exception {
    String location = dir.resolve("desk.db").toString();
    try (Database db = Database.open(location)) {
      db.inTransaction("add a document", c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
              + " VALUES ('a.txt', 'text', 'en', 1, 'x', X'00', 'now', 'now')");
        }
      });
    }
    try (Database db = Database.open(location); Statement s = db.connection().createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM document")) {
      rows.next();
      assertEquals("a.txt", rows.getString(1));
    }
  }

  @Test
  void missingFolderIsAFailureNamingIt() {
    String location = dir.resolve("nowhere/desk.db").toString();
    DeskException e = assertThrows(DeskException.class, () -> Database.open(location));
    assertEquals(ExitCode.FAILURE, e.exitCode());
    assertEquals(location + ": folder " + dir.resolve("nowhere") + " does not exist; create it or pass another --db", e.getMessage());
  }

  @Test
  void failedTransactionLeavesNothing() throws Exception {
    try (Database db = Database.open(dir.resolve("desk.db").toString())) {
      assertThrows(DeskException.class, () -> db.inTransaction("add", c -> {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO document (name, format, source_lang, version, source_sha256, original, created_at, updated_at)"
              + " VALUES ('a.txt', 'text', 'en', 1, 'x', X'00', 'now', 'now')");
          return s.executeUpdate("INSERT INTO document_target (document_id, lang) VALUES (999, 'de')");
        }
      }));
      try (Statement s = db.connection().createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM document")) {
        rows.next();
        assertEquals(0, rows.getInt(1));
      }
    }
  }

  private static List<String> tables(Database db) throws Exception {
    List<String> names = new ArrayList<>();
    try (Statement s = db.connection().createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%' ORDER BY name")) {
      while (rows.next()) names.add(rows.getString(1));
    }
    return names;
  }

  private static String pragma(Database db, String name) throws Exception {
    try (Statement s = db.connection().createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
