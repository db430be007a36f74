package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.StoreFixtures;

class BackupCommandTest {
  @TempDir Path dir;

  @Test
  void backupWritesACheckedCopyThatCheckFindsSound() throws Exception {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    Path copy = dir.resolve("copy.db");
    CliRun backup = CliRun.run(Path.of(db), "backup", copy.toString());
    assertEquals(new CliRun(ExitCode.OK, "backed up " + db + " to " + copy + " (" + Files.size(copy) + " bytes, integrity ok)\n", ""), backup);
    assertEquals(ExitCode.OK, CliRun.run(copy, "check").code());
  }

  @Test
  void backupRefusesAnExistingFileWithoutForce() throws Exception {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    Path copy = dir.resolve("copy.db");
    Files.writeString(copy, "keep me");
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: " + copy + " already exists; pass --force to replace it or name another file; usage: transdesk backup [options] FILE (see transdesk help backup)\n"),
        CliRun.run(Path.of(db), "backup", copy.toString()));
    assertEquals("keep me", Files.readString(copy));
    assertEquals(ExitCode.OK, CliRun.run(Path.of(db), "backup", "--force", copy.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(copy, "check").code());
  }

  @Test
  void backupOfAMissingDatabaseFailsWithoutCreatingOne() {
    String db = dir.resolve("missing.db").toString();
    assertEquals(new CliRun(ExitCode.FAILURE, "", "error: " + db + ": no database there; ingest articles first (transdesk ingest) or pass --db PATH or set TRANSDESK_DB\n"),
        CliRun.run(Path.of(db), "backup", dir.resolve("copy.db").toString()));
    assertEquals(false, Files.exists(Path.of(db)));
  }

  @Test
  void backupNeedsExactlyOneFile() {
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: backup takes one FILE to write, got 0; usage: transdesk backup [options] FILE (see transdesk help backup)\n"),
        CliRun.run(dir.resolve("desk.db"), "backup"));
  }
}
