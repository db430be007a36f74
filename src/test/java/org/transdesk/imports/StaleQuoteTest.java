package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.cli.CliRun;
import org.transdesk.store.DeskFixture;

/** The two sources a stale unit's line quotes: shortened without cutting a character, and showing where they differ. */
class StaleQuoteTest {
  private static final String TROPHY = "\uD83C\uDFC6";
  private static final String STORED = "Fans said " + "a".repeat(87) + " " + TROPHY
      + " then left the stadium in Zurich on Monday evening after the game.";

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int segment;

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    int doc = desk.document("e.txt", "en", "fr");
    segment = desk.segment(doc, STORED);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private String firstLine(String returnedSource) {
    Path file = Xliff12.of("e.txt", "fr", null)
        .unit(String.valueOf(segment), returnedSource, "Les fans sont partis.", "translated", "")
        .write(dir.resolve("e.fr.xlf"));
    CliRun run = CliRun.run(Path.of(db), "import", "--dry-run", file.toString());
    assertEquals(ExitCode.FINDINGS, run.code(), run::toString);
    String line = run.out().lines().findFirst().orElseThrow();
    return line.substring(line.indexOf(" ("));
  }

  @Test
  void aChangeEarlyInTheSentenceIsQuotedFromTheStartWithoutHalfAnEmoji() {
    String returned = STORED.replace("Fans said", "Fans say");
    String clipped = "a".repeat(87) + " …";
    assertEquals(" (returned \"Fans say " + "a".repeat(87) + " " + TROPHY + "…\"; stored \"Fans said " + clipped + "\")",
        firstLine(returned));
  }

  @Test
  void aChangePastTheCutIsQuotedAroundTheDifference() {
    String returned = STORED.replace("Monday evening", "Monday night");
    assertEquals(" (returned \"…e stadium in Zurich on Monday night after the game.\"; stored \"…e stadium in Zurich on Monday evening after the"
        + " game.\")", firstLine(returned));
  }
}
