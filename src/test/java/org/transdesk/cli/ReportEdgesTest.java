package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.DatabaseDump;
import org.transdesk.store.ReportFixtures;

/** Report options that are wrong, databases that are empty or busy, and protected-only documents. */
class ReportEdgesTest {
  @TempDir Path dir;

  @Test
  void badOptionsAreUsageErrorsNamingTheValue() {
    try (ReportDesk desk = ReportDesk.ingested()) {
      assertUsage(desk.run("report", "--format", "pdf"), "unknown format 'pdf': use text, csv, json, html");
      assertUsage(desk.run("report", "--state", "done"), "unknown state 'done': use new, translated, reviewed, final, needs-update");
      assertUsage(desk.run("report", "--lang", "xx-"), "unknown language tag 'xx-': give a BCP 47 tag such as de or fr-CA");
      assertUsage(desk.run("report", "--lang", "es"), "no document is to be translated into es; its target languages: de, fr");
      assertUsage(desk.run("report", "--doc", "nowhere.txt"),
          "no document named 'nowhere.txt' in " + desk.db + "; give a name as ingested (transdesk status lists them)");
      assertUsage(desk.run("report", "articles/"), "report takes no arguments, got 'articles/'; name documents with --doc");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertUsage(CliRun run, String message) {
    assertEquals(ExitCode.USAGE, run.code(), run.err());
    assertEquals("error: " + message + "; usage: transdesk report [options] (see transdesk help report)\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingDatabaseIsAFailureAndIsNotCreated() {
    Path db = dir.resolve("none.db");
    CliRun run = CliRun.run(db, "report");
    assertEquals(ExitCode.FAILURE, run.code());
    assertEquals("error: " + db + ": no database there; ingest articles first (transdesk ingest) or pass --db PATH or set TRANSDESK_DB\n",
        run.err());
    assertTrue(Files.notExists(db));
  }

  @Test
  void anEmptyDatabaseReportsNothingToDo() throws Exception {
    Path db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "init", dir.toString()).code());
    CliRun text = CliRun.run(db, "report", "--fail-if-untranslated");
    assertEquals(ExitCode.OK, text.code());
    assertTrue(text.out().endsWith("\nNothing to report: no document with a target language. Add articles with transdesk ingest --targets.\n"),
        text.out());
    JsonNode json = new ObjectMapper().readTree(CliRun.run(db, "report", "--format", "json").out());
    assertEquals("[] [] [] []", json.get("totals") + " " + json.get("documents") + " " + json.get("segments") + " " + json.get("findings"));
  }

  @Test
  void protectedSegmentsAreNeverUntranslated() throws Exception {
    Path article = dir.resolve("links.txt");
    Files.writeString(article, "https://example.org/one\n\nnews@example.org\n", StandardCharsets.UTF_8);
    Path db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--source-lang", "en", "--targets", "de", article.toString()).code());
    CliRun run = CliRun.run(db, "report", "--format", "json", "--fail-if-untranslated");
    assertEquals(ExitCode.OK, run.code(), run.err());
    JsonNode line = new ObjectMapper().readTree(run.out()).at("/documents/0");
    assertEquals("100.0 2 2 0 0 0", line.get("percent_complete") + " " + line.at("/segments/total") + " "
        + line.at("/segments/protected") + " " + line.at("/segments/new") + " " + line.at("/segments/untranslated") + " "
        + line.at("/words/untranslated"));
    assertEquals("[]", new ObjectMapper().readTree(run.out()).get("segments").toString());
  }

  @Test
  void reportRunsWhileAnotherProcessHoldsAWriteTransaction() throws Exception {
    try (ReportDesk desk = ReportDesk.ingested()) {
      String before = DatabaseDump.of(desk.db);
      String expected = desk.run("report", "--format", "csv").out();
      try (AutoCloseable importing = ReportFixtures.writeInProgress(desk.db)) {
        long start = System.nanoTime();
        CliRun run = CliRun.run(null, Map.of("TRANSDESK_BUSY_TIMEOUT", "0"), "--db", desk.db, "report", "--format", "csv");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(expected, run.out(), "the report sees the last committed state");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "no waiting for the writer");
      }
      assertEquals(before, DatabaseDump.of(desk.db));
    }
  }
}
