package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.Immutable;
import org.transdesk.store.StoreFixtures;

/** Two writers at once, and databases that cannot be written: one clear line, exit 4, nothing half-written. */
class LockCommandTest {
  @TempDir Path dir;
  private Path db;
  private Path translated;
  private String before;
  private final Immutable immutable = new Immutable();

  @BeforeEach
  void desk() throws Exception {
    db = dir.resolve("desk.db");
    Path article = Files.writeString(dir.resolve("story.txt"), KillTest.article(20, "talks"));
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--targets", "de", article.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--lang", "de", "--out", dir.resolve("out").toString()).code());
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      Path exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
      translated = Files.writeString(dir.resolve("story.de.xlf"), KillTest.translate(Files.readString(exported)));
    }
    before = StoreFixtures.content(db.toString());
  }

  @AfterEach
  void undo() {
    immutable.close();
  }

  @Test
  void importWaitsForAnotherWriterAndLandsWhenItCommits() throws Exception {
    try (StoreFixtures.WriteLock other = new StoreFixtures.WriteLock(db.toString())) {
      CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(
          () -> CliRun.run(db, Map.of("TRANSDESK_BUSY_TIMEOUT", "60000"), "import", translated.toString()));
      Thread.sleep(1500);
      assertEquals(false, run.isDone(), "import went on while another process held the write lock");
      other.commit();
      CliRun result = run.get();
      // 0, or 1 when the checks find something in the mechanical translation; what matters is that it landed
      assertEquals(true, result.code() == ExitCode.OK || result.code() == ExitCode.FINDINGS, result.code() + ": " + result.err());
    }
    assertEquals(1, StoreFixtures.count(db.toString(), "import"));
    assertEquals(2, StoreFixtures.count(db.toString(), "document"));
    assertEquals(ExitCode.OK, CliRun.run(db, "check").code());
  }

  @Test
  void importGivesUpAfterTheBusyTimeoutWithOneLineAndWritesNothing() {
    CliRun result;
    try (StoreFixtures.WriteLock other = new StoreFixtures.WriteLock(db.toString())) {
      result = CliRun.run(db, Map.of("TRANSDESK_BUSY_TIMEOUT", "500"), "import", translated.toString());
    }
    assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + db + ": database is locked by another process (waited 500 ms)"
        + " while trying to import " + translated + "; try again when it has finished or wait longer with"
        + " TRANSDESK_BUSY_TIMEOUT=<milliseconds>\n"), result);
    assertEquals(before, StoreFixtures.content(db.toString()));
  }

  @Test
  void ingestGivesUpAfterTheBusyTimeoutWithOneLineAndWritesNothing() throws Exception {
    Path second = Files.writeString(dir.resolve("second.txt"), KillTest.article(5, "markets"));
    CliRun result;
    try (StoreFixtures.WriteLock other = new StoreFixtures.WriteLock(db.toString())) {
      result = CliRun.run(db, Map.of("TRANSDESK_BUSY_TIMEOUT", "500"), "ingest", second.toString());
    }
    assertEquals(ExitCode.FAILURE, result.code());
    assertEquals("error: " + db + ": database is locked by another process (waited 500 ms) while trying to ingest " + second
        + "; try again when it has finished or wait longer with TRANSDESK_BUSY_TIMEOUT=<milliseconds>\n", result.err());
    assertEquals(before, StoreFixtures.content(db.toString()));
  }

  @Test
  void readOnlyDatabaseUrlRefusesTheImportWithOneLine() {
    String url = "jdbc:sqlite:file:" + db + "?mode=ro";
    CliRun result = CliRun.run(null, "--db", url, "import", translated.toString());
    assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + url + ": the database is read-only (SQLITE_READONLY), cannot record the import of "
        + translated + "; make the file and its folder writable or work on a copy\n"), result);
    assertEquals(before, StoreFixtures.content(db.toString()));
  }

  @Test
  void immutableDatabaseFileRefusesTheImportWithOneLine() {
    Assumptions.assumeTrue(immutable.set(db), "chattr +i is not available here (readOnlyDatabaseUrl... covers the message)");
    CliRun result = CliRun.run(db, "import", translated.toString());
    assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + db + ": the database is read-only (SQLITE_READONLY), cannot record the import of "
        + translated + "; make the file and its folder writable or work on a copy\n"), result);
    immutable.close();
    assertEquals(before, StoreFixtures.content(db.toString()));
  }

  @Test
  void databaseInAFolderThatCannotBeWrittenIsRefusedWithOneLine() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Assumptions.assumeTrue(immutable.set(locked), "chattr +i is not available here");
    Path inside = locked.resolve("desk.db");
    CliRun result = CliRun.run(inside, "ingest", dir.resolve("story.txt").toString());
    assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + inside + ": cannot open the database file (SQLITE_CANTOPEN) to open;"
        + " check that the file and its folder exist and are writable\n"), result);
  }
}
