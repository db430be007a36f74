package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/**
 * --doc takes a document the way ingest took it: ingest names "./articles/a.txt" and, run from the
 * desk, "/desk/articles/a.txt" both "articles/a.txt", so export and report must find it under
 * those spellings too (the shell completes "./articles/..." as readily as "articles/...").
 */
class DocumentNameTest {
  private static final String SAMPLE = "articles/north-korea-talks.txt";

  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "-q", "ingest", "--targets", "de", "./" + SAMPLE).code());
  }

  @Test
  void exportFindsTheDocumentUnderEverySpellingIngestAccepts() {
    for (String given : new String[] {SAMPLE, "./" + SAMPLE, Path.of(SAMPLE).toAbsolutePath().toString(), "articles//north-korea-talks.txt"}) {
      Path out = dir.resolve("out-" + given.length());
      CliRun run = CliRun.run(db, "export", "--doc", given, "--out", out.toString());
      assertEquals(ExitCode.OK, run.code(), given + ": " + run.err());
      assertTrue(Files.isRegularFile(out.resolve("de/articles/north-korea-talks.de.xlf")), given);
    }
  }

  @Test
  void reportFindsTheDocumentUnderEverySpellingIngestAccepts() {
    for (String given : new String[] {"./" + SAMPLE, Path.of(SAMPLE).toAbsolutePath().toString()}) {
      CliRun run = CliRun.run(db, "report", "--format", "csv", "--doc", given);
      assertEquals(ExitCode.OK, run.code(), given + ": " + run.err());
      assertTrue(run.out().contains("\ndocument," + SAMPLE + ",de,"), run.out());
    }
  }
}
