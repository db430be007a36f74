package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.StoreFixtures;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void soundDatabasePassesWithExitZero() {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    assertEquals(new CliRun(ExitCode.OK, db + " is sound: integrity, foreign-key, state, history, position, version checks pass\n", ""),
        CliRun.run(Path.of(db), "check"));
  }

  @Test
  void eachViolationIsListedAndTheExitCodeIsOne() {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    StoreFixtures.overwriteWithoutHistory(db);
    assertEquals(new CliRun(ExitCode.FINDINGS,
            "history: translation of segment 1 into de differs from its last history row 1: it was changed without a history row\n"
                + db + ": 1 problem found\n", ""),
        CliRun.run(Path.of(db), "check"));
  }

  @Test
  void jsonListsTheChecksRunAndEachViolation() {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    StoreFixtures.overwriteWithoutHistory(db);
    assertEquals(new CliRun(ExitCode.FINDINGS, """
            {
              "database" : "%s",
              "ok" : false,
              "checks" : [ "integrity", "foreign-key", "state", "history", "position", "version" ],
              "violations" : [ {
                "check" : "history",
                "message" : "translation of segment 1 into de differs from its last history row 1: it was changed without a history row"
              } ]
            }
            """.formatted(db), ""),
        CliRun.run(Path.of(db), "check", "--format", "json"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: unknown format 'xml': use text or json; usage: transdesk check [options] (see transdesk help check)\n"),
        CliRun.run(dir.resolve("desk.db"), "check", "--format", "xml"));
  }
}
