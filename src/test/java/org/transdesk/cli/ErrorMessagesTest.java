package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transdesk.ExitCode;
import org.transdesk.store.StoreFixtures;

/**
 * Every command met the way a newcomer meets it: a missing argument, a wrong or missing file, a
 * wrong language, a locked database, an unknown option. Each refusal is one line on stderr that
 * says what is wrong, where, and what to do, with the exit code of DESIGN.md and nothing on stdout.
 */
class ErrorMessagesTest {
  private static final String ARTICLE = "articles/north-korea-talks.txt";
  private static final String RETURNED = "xliff/returned/north-korea-talks.de.xlf";

  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void desk() throws Exception {
    db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "--quiet", "ingest", "--targets", "de,fr", ARTICLE).code());
    Files.writeString(dir.resolve("bad.xlf"), "hello\n");
    Files.write(dir.resolve("photo.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    Files.writeString(dir.resolve("es.xlf"), Files.readString(Path.of(RETURNED)).replace("target-language=\"de\"", "target-language=\"es\""));
  }

  /** A case: what the user typed (after --db), the exit code, and words the one line must hold. */
  static Stream<Arguments> cases() {
    String d = dir.toString();
    List<Arguments> cases = new ArrayList<>();
    // missing argument or value
    cases.add(of("ingest", ExitCode.USAGE, "no article given: name one or more files or folders; usage: transdesk ingest [options] FILE|DIR..."));
    cases.add(of("import", ExitCode.USAGE, "name at least one XLIFF file or folder to import; usage: transdesk import"));
    cases.add(of("lint", ExitCode.USAGE, "name at least one XLIFF file or folder to lint; usage: transdesk lint"));
    cases.add(of("backup", ExitCode.USAGE, "backup takes one FILE to write, got 0; usage: transdesk backup [options] FILE"));
    cases.add(of("completion", ExitCode.USAGE, "completion needs the shell name; only bash is supported"));
    cases.add(of("ingest --targets", ExitCode.USAGE, "--targets needs a value; usage: transdesk ingest"));
    cases.add(of("export --lang", ExitCode.USAGE, "--lang needs a value; usage: transdesk export"));
    cases.add(of("help nope", ExitCode.USAGE, "unknown command 'nope': run transdesk help for the list of commands"));
    cases.add(of("status extra", ExitCode.USAGE, "status takes no arguments, got 'extra'"));
    cases.add(of("report extra", ExitCode.USAGE, "report takes no arguments, got 'extra'; name documents with --doc"));
    cases.add(of("export extra", ExitCode.USAGE, "export takes no arguments, got 'extra'; pick documents with --doc"));
    // missing or wrong file
    cases.add(of("ingest " + d + "/nope.txt", ExitCode.REJECTED, d + "/nope.txt: no such file or folder; check the path"));
    cases.add(of("import " + d + "/nope.xlf", ExitCode.REJECTED, d + "/nope.xlf: no such file; check the path"));
    cases.add(of("lint " + d + "/nope.xlf", ExitCode.REJECTED, d + "/nope.xlf: no such file or folder; check the path"));
    cases.add(of("lint --glossary " + d + "/nope.csv " + RETURNED, ExitCode.REJECTED, d + "/nope.csv: no such glossary file"));
    cases.add(of("ingest --srx " + d + "/nope.srx " + ARTICLE, ExitCode.REJECTED, d + "/nope.srx: no such SRX file"));
    cases.add(of("ingest " + d + "/photo.txt", ExitCode.REJECTED, d + "/photo.txt: binary file, not a text, HTML or Markdown article"));
    cases.add(of("import " + d + "/bad.xlf", ExitCode.REJECTED, d + "/bad.xlf:1: not well-formed XML"));
    cases.add(of("lint " + d + "/bad.xlf", ExitCode.REJECTED, d + "/bad.xlf:1: not well-formed XML"));
    cases.add(of("init " + ARTICLE, ExitCode.REJECTED, ARTICLE + ": is a file, not a folder"));
    cases.add(of("report --out " + d + "/no/such/folder/r.html", ExitCode.FAILURE, "folder " + d + "/no/such/folder does not exist"));
    for (String command : List.of("status", "export", "import " + RETURNED, "report", "check", "backup " + d + "/copy.db")) {
      cases.add(Arguments.of("--db " + d + "/missing.db " + command, Map.of(), ExitCode.FAILURE, d + "/missing.db: no database there"));
    }
    cases.add(Arguments.of("--db " + ARTICLE + " status", Map.of(), ExitCode.FAILURE, ARTICLE + ": not a transdesk database"));
    // wrong language
    cases.add(of("ingest --source-lang english " + ARTICLE, ExitCode.USAGE, "unknown language tag 'english': give a BCP 47 tag such as de or fr-CA"));
    cases.add(of("ingest --source-lang de " + ARTICLE, ExitCode.REJECTED, "already ingested with source language en, not de; pass --source-lang en"));
    cases.add(of("ingest --targets en " + ARTICLE, ExitCode.USAGE, "target language en is the source language; give other --targets"));
    cases.add(of("export --lang es", ExitCode.REJECTED, "no document is to be translated into es (target languages: de, fr)"));
    cases.add(of("import " + d + "/es.xlf", ExitCode.REJECTED, "target language es is not a target of document 'articles/north-korea-talks.txt'"));
    cases.add(of("report --lang klingon!", ExitCode.USAGE, "unknown language tag 'klingon!'"));
    cases.add(of("lint --lang 12 " + RETURNED, ExitCode.USAGE, "unknown language tag '12'"));
    // unknown option, unknown format
    for (Command command : Commands.all()) {
      cases.add(of(command.name() + " --bogus", ExitCode.USAGE,
          "unknown option --bogus; usage: " + Help.usage(command) + " (see transdesk help " + command.name() + ")"));
    }
    cases.add(of("status --format xml", ExitCode.USAGE, "unknown format 'xml': use text or json"));
    return cases.stream();
  }

  private static Arguments of(String line, ExitCode code, String words) {
    return Arguments.of("--db " + db + " " + line, Map.of(), code, words);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusalIsOneLineWithItsExitCodeAndNothingOnStdout(String line, Map<String, String> env, ExitCode code, String words) {
    CliRun run = CliRun.run(null, env, line.split(" "));
    assertEquals("", run.out(), line);
    assertEquals(1, run.err().lines().count(), line + ":\n" + run.err());
    assertTrue(run.err().startsWith("error: ") && run.err().contains(words), line + ":\n" + run.err());
    assertEquals(code, run.code(), line + ": " + run.err());
    assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), line + ":\n" + run.err());
  }

  @Test
  void aLockedDatabaseMakesEveryWriterGiveUpWithOneLine() {
    Map<String, String> env = Map.of("TRANSDESK_BUSY_TIMEOUT", "300");
    String d = dir.toString();
    try (StoreFixtures.WriteLock other = new StoreFixtures.WriteLock(db.toString())) {
      for (String line : List.of("ingest --targets de,fr,it " + ARTICLE, "export --out " + d + "/locked-out", "import " + RETURNED)) {
        CliRun run = CliRun.run(db, env, line.split(" "));
        assertEquals(ExitCode.FAILURE, run.code(), line + ": " + run.err());
        assertEquals("", run.out(), line);
        assertEquals(1, run.err().lines().count(), line + ":\n" + run.err());
        assertTrue(run.err().startsWith("error: " + db + ": database is locked by another process (waited 300 ms) while trying to "), run.err());
        assertTrue(run.err().endsWith("; try again when it has finished or wait longer with TRANSDESK_BUSY_TIMEOUT=<milliseconds>\n"), run.err());
      }
    }
  }
}
