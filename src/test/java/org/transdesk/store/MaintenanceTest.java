package org.transdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class MaintenanceTest {
  @TempDir Path dir;

  private Database desk() {
    return Database.open(dir.resolve("desk.db").toString());
  }

  @Test
  void backupIsACopyWithTheSameRowsThatPassesEveryCheck() throws Exception {
    Path copy = dir.resolve("copy.db");
    try (Database db = desk()) {
      db.inTransaction("seed", c -> Rows.document(c, "a.txt", 3));
      Maintenance.Backup backup = new Maintenance(db).backup(copy, false);
      assertEquals(new Maintenance.Backup(copy, Files.size(copy)), backup);
    }
    try (Database db = Database.open(copy.toString())) {
      assertEquals(List.of("a.txt"), Rows.strings(db.connection(), "SELECT name FROM document"));
      assertEquals(List.of("Satz 0."), Rows.strings(db.connection(), "SELECT target FROM translation"));
      assertEquals(List.of(), new Maintenance(db).check());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("copy.db", "desk.db"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void backupWhileAnotherConnectionCommitsHoldsOnlyWholeTransactions() throws Exception {
    String location = dir.resolve("desk.db").toString();
    try (Database db = Database.open(location)) {
      db.inTransaction("seed", c -> Rows.document(c, "seed.txt", 50));
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (Database other = Database.open(location)) {
        while (!stop.get()) {
          int n = written.incrementAndGet();
          other.inTransaction("write", c -> Rows.document(c, "doc-" + n + ".txt", 50));
        }
      } catch (Throwable e) {
        writerFailure.set(e);
      }
    });
    writer.start();
    List<Long> documentsPerCopy = new ArrayList<>();
    try (Database db = Database.open(location)) {
      for (int i = 0; i < 6; i++) {
        Path copy = dir.resolve("copy-" + i + ".db");
        new Maintenance(db).backup(copy, false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
          assertEquals(List.of("ok"), Rows.strings(c, "PRAGMA integrity_check"));
          assertEquals(0, Rows.count(c, "SELECT count(*) FROM (SELECT document_id FROM segment GROUP BY document_id HAVING count(*) <> 50)"));
          assertEquals(Rows.count(c, "SELECT count(*) FROM document"), Rows.count(c, "SELECT count(DISTINCT document_id) FROM segment"));
          documentsPerCopy.add(Rows.count(c, "SELECT count(*) FROM document"));
        }
        Thread.sleep(20);
      }
    } finally {
      stop.set(true);
      writer.join();
    }
    assertEquals(null, writerFailure.get());
    assertTrue(documentsPerCopy.get(5) > documentsPerCopy.get(0), "the writer went on while copies were taken: " + documentsPerCopy);
  }

  @Test
  void backupRefusesToReplaceAFileUnlessForced() throws Exception {
    Path copy = dir.resolve("copy.db");
    Files.writeString(copy, "last night's copy");
    try (Database db = desk()) {
      DeskException e = assertThrows(DeskException.class, () -> new Maintenance(db).backup(copy, false));
      assertEquals(ExitCode.USAGE, e.exitCode());
      assertEquals(copy + " already exists; pass --force to replace it or name another file", e.getMessage());
      assertEquals("last night's copy", Files.readString(copy));

      Files.writeString(dir.resolve("copy.db-wal"), "a stale log that must not be replayed onto the copy");
      new Maintenance(db).backup(copy, true);
    }
    assertFalse(Files.exists(dir.resolve("copy.db-wal")));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
      assertEquals(List.of("ok"), Rows.strings(c, "PRAGMA integrity_check"));
    }
  }

  @Test
  void backupRefusesTheDatabaseItselfAndAFolder() {
    try (Database db = desk()) {
      DeskException itself = assertThrows(DeskException.class, () -> new Maintenance(db).backup(dir.resolve("desk.db"), true));
      assertEquals(dir.resolve("desk.db") + " is the database itself; name another file for the backup", itself.getMessage());
      DeskException folder = assertThrows(DeskException.class, () -> new Maintenance(db).backup(dir, false));
      assertEquals(dir + " is a folder; name the backup file, e.g. " + dir.resolve("transdesk-backup.db"), folder.getMessage());
    }
  }

  @Test
  void backupIntoAMissingFolderFailsAndWritesNothing() {
    Path copy = dir.resolve("nowhere/copy.db");
    try (Database db = desk()) {
      DeskException e = assertThrows(DeskException.class, () -> new Maintenance(db).backup(copy, false));
      assertEquals(ExitCode.FAILURE, e.exitCode());
      assertEquals(copy + ": folder " + dir.resolve("nowhere") + " does not exist; create it or name another file", e.getMessage());
    }
  }

  @Test
  void soundDatabasePassesEveryCheck() throws Exception {
    try (Database db = desk()) {
      db.inTransaction("seed", c -> Rows.document(c, "a.txt", 3));
      assertEquals(List.of(), new Maintenance(db).check());
    }
  }

  @Test
  void checkListsEveryBrokenInvariant() throws Exception {
    try (Database db = desk()) {
      Connection c = db.connection();
      Rows.document(c, "a.txt", 4);
      Rows.execute(c, "PRAGMA foreign_keys = OFF", "PRAGMA ignore_check_constraints = ON",
          // a translation of a segment that does not exist, with its history row
          "INSERT INTO translation (segment_id, lang, target, state, updated_at) VALUES (99, 'de', 'Geist', 'translated', 'now')",
          "INSERT INTO history (segment_id, lang, new_target, new_state, changed_at, reason) VALUES (99, 'de', 'Geist', 'translated', 'now', 'import')",
          // a translation written without a history row
          "INSERT INTO translation (segment_id, lang, target, state, updated_at) VALUES (2, 'de', 'Satz 1.', 'translated', 'now')",
          // a translation overwritten without a history row
          "UPDATE translation SET target = 'Überschrieben.' WHERE segment_id = 1",
          // a state nobody knows
          "INSERT INTO translation (segment_id, lang, target, state, updated_at) VALUES (3, 'fr', 'Phrase 2.', 'done', 'now')",
          "INSERT INTO history (segment_id, lang, new_target, new_state, changed_at, reason) VALUES (3, 'fr', 'Phrase 2.', 'done', 'now', 'import')",
          // two active segments at one position
          "UPDATE segment SET position = 0 WHERE id = 4",
          // a current version with no document_version row
          "UPDATE document SET version = 2 WHERE id = 1",
          // a segment dropped but still active
          "UPDATE segment SET version_dropped = 2 WHERE id = 3");
      assertEquals(List.of(
              new Violation("foreign-key", "history row 2 refers to a missing segment row"),
              new Violation("foreign-key", "translation row 2 refers to a missing segment row"),
              new Violation("state", "translation of segment 3 into fr has state 'done', not one of new, translated, reviewed, final, needs-update"),
              new Violation("state", "history row 3 (segment 3, fr) records state 'done', not one of new, translated, reviewed, final, needs-update"),
              new Violation("history", "translation of segment 1 into de differs from its last history row 1: it was changed without a history row"),
              new Violation("history", "translation of segment 2 into de has no history row"),
              new Violation("position", "document a.txt has 2 active segments at position 0 (segments 1, 4)"),
              new Violation("version", "document a.txt is at version 2, which has no document_version row"),
              new Violation("version", "segment 3 of a.txt is active but marked dropped in version 2")),
          new Maintenance(db).check());
    }
  }

  @Test
  void checkReportsADamagedFileThroughSqliteIntegrityCheck() throws Exception {
    Path file = dir.resolve("desk.db");
    long rootPage;
    try (Database db = desk()) {
      Connection c = db.connection();
      Rows.document(c, "a.txt", 200);
      rootPage = Rows.count(c, "SELECT rootpage FROM sqlite_master WHERE name = 'segment_by_hash'");
      Rows.execute(c, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek((rootPage - 1) * 4096 + 2000);
      raw.write(new byte[500]);
    }
    try (Database db = desk()) {
      List<Violation> violations = new Maintenance(db).check();
      assertFalse(violations.isEmpty());
      assertEquals(List.of("integrity"), violations.stream().map(Violation::check).distinct().toList(), violations.toString());
    }
  }
}
