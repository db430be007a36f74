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
    assertEquals(new Run(ExitCode.OK, db + " is sound: integrity, foreign-key, state, history, position, version checks pass\n", ""),
        Run.of("--db", db, "check"));
  }

  @Test
  void eachViolationIsListedAndTheExitCodeIsOne() {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    StoreFixtures.overwriteWithoutHistory(db);
    assertEquals(new Run(ExitCode.FINDINGS,
            "history: translation of segment 1 into de differs from its last history row 1: it was changed without a history row\n"
                + db + ": 1 problem found\n", ""),
        Run.of("--db", db, "check"));
  }

  @Test
  void jsonListsTheChecksRunAndEachViolation() {
    String db = dir.resolve("desk.db").toString();
    StoreFixtures.seedSound(db);
    StoreFixtures.overwriteWithoutHistory(db);
    assertEquals(new Run(ExitCode.FINDINGS, """
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
        Run.of("--db", db, "check", "--format", "json"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertEquals(new Run(ExitCode.USAGE, "", "error: unknown format 'xml': give text or json\n"
            + "usage: transdesk check [options]\nsee: transdesk help check\n"),
        Run.of("--db", dir.resolve("desk.db").toString(), "check", "--format", "xml"));
  }
}
