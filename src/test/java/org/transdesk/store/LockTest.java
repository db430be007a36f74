package org.transdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class LockTest {
  @TempDir Path dir;
  private final Immutable immutable = new Immutable();

  @AfterEach
  void restore() {
    immutable.close();
    Database.configure(Map.of());
  }

  private String seeded() throws Exception {
    String location = dir.resolve("desk.db").toString();
    try (Database db = Database.open(location)) {
      db.inTransaction("seed", c -> Rows.document(c, "a.txt", 2));
    }
    return location;
  }

  /** Another process's writer: holds the write lock from BEGIN IMMEDIATE until commit. */
  private static Connection holdWriteLock(String location) throws Exception {
    Connection holder = DriverManager.getConnection("jdbc:sqlite:" + location);
    Rows.execute(holder, "BEGIN IMMEDIATE", "INSERT INTO document_target (document_id, lang) VALUES (1, 'fr')");
    return holder;
  }

  @Test
  void secondWriterWaitsForTheLockAndLandsWhenItIsReleased() throws Exception {
    String location = seeded();
    Connection holder = holdWriteLock(location);
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(400);
        Rows.execute(holder, "COMMIT");
        holder.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Database.configure(Map.of(Database.BUSY_TIMEOUT_ENV, "20000"));
    try (Database db = Database.open(location)) {
      release.start();
      db.inTransaction("add a document", c -> Rows.document(c, "b.txt", 2));
      release.join();
      assertEquals(List.of("a.txt", "b.txt"), Rows.strings(db.connection(), "SELECT name FROM document ORDER BY id"));
      assertEquals(List.of("de", "fr"), Rows.strings(db.connection(), "SELECT lang FROM document_target WHERE document_id = 1 ORDER BY lang"));
    }
  }

  @Test
  void secondWriterGivesUpAfterTheBusyTimeoutWithOneLineAndWritesNothing() throws Exception {
    String location = seeded();
    Database.configure(Map.of(Database.BUSY_TIMEOUT_ENV, "300"));
    try (Connection holder = holdWriteLock(location); Database db = Database.open(location)) {
      DeskException e = assertThrows(DeskException.class, () -> db.inTransaction("add a document", c -> Rows.document(c, "b.txt", 2)));
      assertEquals(ExitCode.FAILURE, e.exitCode());
      assertEquals(location + ": database is locked by another process (waited 300 ms) while trying to add a document;"
          + " try again when it has finished or wait longer with TRANSDESK_BUSY_TIMEOUT=<milliseconds>", e.getMessage());
      Rows.execute(holder, "COMMIT");
      assertEquals(List.of("a.txt"), Rows.strings(db.connection(), "SELECT name FROM document"));
    }
  }

  @Test
  void busyTimeoutMustBeMilliseconds() {
    DeskException e = assertThrows(DeskException.class, () -> Database.configure(Map.of(Database.BUSY_TIMEOUT_ENV, "5s")));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals("TRANSDESK_BUSY_TIMEOUT=5s is not a number of milliseconds; set it to e.g. 30000 or unset it", e.getMessage());
  }

  @Test
  void readOnlyDatabaseUrlFailsToWriteWithOneLineAndKeepsItsRows() throws Exception {
    String location = seeded();
    String url = "jdbc:sqlite:file:" + location + "?mode=ro";
    try (Database db = Database.open(url)) {
      DeskException e = assertThrows(DeskException.class, () -> db.inTransaction("add a document", c -> Rows.document(c, "b.txt", 2)));
      assertEquals(ExitCode.FAILURE, e.exitCode());
      assertEquals(url + ": the database is read-only (SQLITE_READONLY), cannot add a document;"
          + " make the file and its folder writable or work on a copy", e.getMessage());
      assertEquals(List.of("a.txt"), Rows.strings(db.connection(), "SELECT name FROM document"));
    }
  }

  @Test
  void immutableDatabaseFileFailsToWriteWithOneLine() throws Exception {
    String location = seeded();
    org.junit.jupiter.api.Assumptions.assumeTrue(immutable.set(Path.of(location)),
        "chattr +i is not available here; readOnlyDatabaseUrlFailsToWriteWithOneLineAndKeepsItsRows covers the message");
    try (Database db = Database.open(location)) {
      DeskException e = assertThrows(DeskException.class, () -> db.inTransaction("add a document", c -> Rows.document(c, "b.txt", 2)));
      assertEquals(ExitCode.FAILURE, e.exitCode());
      assertEquals(location + ": the database is read-only (SQLITE_READONLY), cannot add a document;"
          + " make the file and its folder writable or work on a copy", e.getMessage());
      assertEquals(List.of("a.txt"), Rows.strings(db.connection(), "SELECT name FROM document"));
    }
  }

  @Test
  void readOnlyFolderFailsToCreateTheDatabaseWithOneLine() {
    Path folder = dir.resolve("locked");
    assertEquals(true, folder.toFile().mkdir());
    org.junit.jupiter.api.Assumptions.assumeTrue(immutable.set(folder), "chattr +i is not available here");
    String location = folder.resolve("desk.db").toString();
    DeskException e = assertThrows(DeskException.class, () -> Database.open(location));
    assertEquals(ExitCode.FAILURE, e.exitCode());
    assertEquals(location + ": cannot open the database file (SQLITE_CANTOPEN) to open;"
        + " check that the file and its folder exist and are writable", e.getMessage());
  }
}
