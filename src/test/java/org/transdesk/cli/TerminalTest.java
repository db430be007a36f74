package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/** Progress bars and colours: on a terminal only, never with --quiet, never coloured with NO_COLOR. */
class TerminalTest {
  private static final String SAMPLE = "xliff/returned/north-korea-talks.de.xlf";
  private static final String ESCAPE = "\u001b";

  @TempDir Path dir;

  private static Context context(boolean terminal, boolean quiet, Map<String, String> env) {
    return new Context("db", new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, quiet, terminal, env);
  }

  @Test
  void coloursOnlyOnATerminalWithoutNoColor() {
    assertTrue(context(true, false, Map.of()).color());
    assertFalse(context(false, false, Map.of()).color());
    assertFalse(context(true, false, Map.of("NO_COLOR", "1")).color());
    assertFalse(context(true, false, Map.of("NO_COLOR", "false")).color(), "any non-empty value turns colour off");
    assertTrue(context(true, false, Map.of("NO_COLOR", "")).color(), "an empty NO_COLOR is unset (no-color.org)");
    assertFalse(context(true, false, Map.of("TERM", "dumb")).color());
  }

  @Test
  void progressOnlyOnATerminalWithoutQuiet() {
    assertTrue(context(true, false, Map.of()).progress());
    assertTrue(context(true, false, Map.of("NO_COLOR", "1")).progress());
    assertFalse(context(true, true, Map.of()).progress());
    assertFalse(context(false, false, Map.of()).progress());
  }

  @Test
  void lintShowsAColouredBarOnATerminal() {
    CliRun run = CliRun.onTerminal(null, Map.of(), "lint", "--fail-on", "never", SAMPLE, SAMPLE);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("\rlint"), run.err());
    assertTrue(run.err().contains(ESCAPE), run.err());
  }

  @Test
  void noColorKeepsTheBarButDropsEveryEscapeCode() {
    CliRun run = CliRun.onTerminal(null, Map.of("NO_COLOR", "1"), "lint", "--fail-on", "never", SAMPLE, SAMPLE);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(run.err().contains("\rlint"), run.err());
    assertFalse(run.err().contains(ESCAPE), run.err());
    assertFalse(run.out().contains(ESCAPE), run.out());
  }

  @Test
  void notATerminalGetsNoBarAndNoEscapeCodes() throws Exception {
    Path db = dir.resolve("t.db");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < 3; i++) Files.writeString(articles.resolve("a" + i + ".txt"), "Sentence number " + i + ". Another one.\n");
    for (String[] args : new String[][] {
        {"ingest", "--targets", "de", articles.toString()},
        {"export", "--out", dir.resolve("xliff").toString()},
        {"import", "--fail-on", "never", dir.resolve("xliff").toString()},
        {"lint", "--fail-on", "never", SAMPLE, SAMPLE}}) {
      CliRun run = CliRun.run(db, Map.of(), args);
      assertEquals(ExitCode.OK, run.code(), args[0] + ": " + run.err());
      assertFalse(run.err().contains("\r") || run.err().contains(ESCAPE), args[0] + ": " + run.err());
      assertFalse(run.out().contains("\r") || run.out().contains(ESCAPE), args[0] + ": " + run.out());
    }
  }

  @Test
  void quietOnATerminalPrintsNothingOnStderr() throws Exception {
    Path db = dir.resolve("t.db");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "One sentence. Two sentences.\n");
    for (String[] args : new String[][] {
        {"--quiet", "ingest", "--targets", "de", articles.toString()},
        {"--quiet", "export", "--out", dir.resolve("xliff").toString()},
        {"--quiet", "import", "--fail-on", "never", dir.resolve("xliff").toString()},
        {"--quiet", "lint", "--fail-on", "never", SAMPLE, SAMPLE}}) {
      CliRun run = CliRun.onTerminal(db, Map.of(), args);
      assertEquals(ExitCode.OK, run.code(), args[1] + ": " + run.err());
      assertEquals("", run.err(), args[1]);
    }
  }

  @Test
  void jsonOnATerminalKeepsTheBarOnStderr() throws Exception {
    CliRun run = CliRun.onTerminal(null, Map.of(), "lint", "--format", "json", "--fail-on", "never", SAMPLE, SAMPLE);
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertTrue(new ObjectMapper().readTree(run.out()).isArray(), run.out());
    assertTrue(run.err().contains("\rlint"), run.err());
  }

  @Test
  void widthComesFromColumns() {
    assertEquals(120, Terminal.width(Map.of("COLUMNS", "120")));
    assertEquals(80, Terminal.width(Map.of()));
    assertEquals(80, Terminal.width(Map.of("COLUMNS", "wide")));
  }
}
