package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

class CliTest {
  @TempDir Path dir;

  @Test
  void helpListsEveryCommandWithOneLine() {
    CliRun run = CliRun.run(null, "help");
    assertEquals(ExitCode.OK, run.code());
    for (Command command : Commands.all()) {
      assertTrue(Pattern.compile("(?m)^  " + command.name() + " +" + Pattern.quote(command.summary()) + "$").matcher(run.out()).find(),
          command.name() + " missing from:\n" + run.out());
    }
    assertEquals("", run.err());
  }

  @Test
  void everyCommandHasHelpWithItsOptionsAndAtLeastTwoExamples() {
    for (Command command : Commands.all()) {
      assertTrue(command.examples().size() >= 2, command.name() + " has fewer than two examples");
      CliRun viaHelp = CliRun.run(null, "help", command.name());
      CliRun viaOption = CliRun.run(null, command.name(), "--help");
      assertEquals(ExitCode.OK, viaHelp.code());
      assertEquals(viaHelp.out(), viaOption.out());
      assertTrue(viaHelp.out().startsWith("usage: transdesk " + command.name() + " [options]"), viaHelp.out());
      for (var option : command.options().getOptions()) {
        String name = option.getLongOpt() != null ? "--" + option.getLongOpt() : "-" + option.getOpt();
        assertTrue(viaHelp.out().contains(name), command.name() + " help lacks " + name);
      }
      assertTrue(viaHelp.out().contains("\nexamples:\n"), command.name());
    }
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRun run = CliRun.run(null, "--version");
    assertEquals(ExitCode.OK, run.code());
    assertTrue(run.out().matches("transdesk \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
  }

  @Test
  void anEmptyDbIsAUsageError() {
    assertEquals(new CliRun(ExitCode.USAGE, "", "error: --db is empty; name the database file (or a JDBC URL), or leave --db out for"
        + " $TRANSDESK_DB or ./transdesk.db; usage: transdesk status [options] (see transdesk help status)\n"),
        CliRun.run(null, "--db", "", "status"));
  }

  @Test
  void anOptionGivenTwiceWithTwoValuesIsAUsageErrorNotTheFirstQuietlyUsed(@TempDir Path dir) {
    Path first = dir.resolve("first.db");
    Path second = dir.resolve("second.db");
    CliRun run = CliRun.run(null, "--db", first.toString(), "init", "--db", second.toString(), dir.toString());
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals("error: --db is given twice ('" + first + "', then '" + second + "'); give it once; usage: transdesk init"
        + " [options] [DIR] (see transdesk help init)\n", run.err());
    assertFalse(Files.exists(first) || Files.exists(second), "no database made");
    assertEquals(ExitCode.USAGE, CliRun.run(null, "status", "--format", "json", "--format", "text").code());
  }

  @Test
  void theSameValueTwiceAndTheRepeatableOptionsAreAccepted(@TempDir Path dir) {
    Path db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(null, "--db", db.toString(), "init", "--db", db.toString(), dir.toString()).code());
    CliRun run = CliRun.run(db, "import", "--glossary", "a.csv", "--glossary", "b.csv", "missing.xlf");
    assertFalse(run.err().contains("given twice"), run.err());
    assertNotEquals(ExitCode.USAGE, run.code(), run.err());
  }

  @Test
  void initMakesTheDatabaseThatTransdeskDbNamesForTheCommandsAfterIt(@TempDir Path dir) {
    Path desk = dir.resolve("desk");
    Path db = dir.resolve("desk.db");
    Map<String, String> env = Map.of("TRANSDESK_DB", db.toString());
    CliRun init = CliRun.run(null, env, "init", desk.toString());
    assertEquals(ExitCode.OK, init.code(), init.err());
    assertEquals("set up desk in " + desk + " (database " + db + ")\n", init.out());
    assertTrue(Files.isRegularFile(db));
    assertFalse(Files.exists(desk.resolve("transdesk.db")), "no second database in the folder");
    assertEquals(ExitCode.OK, CliRun.run(null, env, "status").code(), "status finds what init made");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.run(null, "imprt");
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals("error: unknown command 'imprt': run transdesk help for the list of commands\n", run.err());
  }

  @Test
  void unknownOptionPrintsTheCommandsUsageOnOneLine() {
    CliRun run = CliRun.run(null, "init", "--bogus");
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals("""
        error: unknown option --bogus; usage: transdesk init [options] [DIR] (see transdesk help init)
        """, run.err());
  }

  @Test
  void initSetsUpADeskFolderOnceAndChecksItTheSecondTime() throws Exception {
    Path desk = dir.resolve("desk");
    CliRun first = CliRun.run(null, "--quiet", "init", desk.toString());
    assertEquals(ExitCode.OK, first.code(), first.err());
    assertEquals("set up desk in " + desk + " (database " + desk.resolve("transdesk.db") + ")\n", first.out());
    for (String folder : List.of("articles", "glossaries", "xliff")) assertTrue(Files.isDirectory(desk.resolve(folder)), folder);
    assertTrue(Files.readString(desk.resolve("README.md")).startsWith("# Translation desk\n"));
    assertTrue(Files.size(desk.resolve("transdesk.db")) > 0);

    Files.writeString(desk.resolve("README.md"), "mine");
    CliRun second = CliRun.run(null, "--quiet", "init", desk.toString());
    assertEquals("checked desk in " + desk + " (database " + desk.resolve("transdesk.db") + ")\n", second.out());
    assertEquals("mine", Files.readString(desk.resolve("README.md")));
  }

  @Test
  void initWithSampleCopiesTheSampleArticle() throws Exception {
    Path desk = dir.resolve("desk");
    CliRun run = CliRun.run(null, "--quiet", "init", "--sample", desk.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(Files.readString(Path.of("articles/north-korea-talks.txt")),
        Files.readString(desk.resolve("articles/north-korea-talks.txt")));
    // Every folder the desk's README has a command read exists in the sample desk, so its commands run as pasted.
    java.util.regex.Matcher paths = java.util.regex.Pattern.compile("transdesk (?:import|lint) (\\S+)")
        .matcher(Files.readString(desk.resolve("README.md")));
    int named = 0;
    while (paths.find()) {
      assertTrue(Files.isDirectory(desk.resolve(paths.group(1))), paths.group(1));
      named++;
    }
    assertEquals(2, named);
  }

  @Test
  void initSuggestsACommandThatRunsAsPastedWhenThePathHasSpaces() {
    Path desk = dir.resolve("Desk of Anna's team");
    CliRun run = CliRun.run(null, "init", desk.toString());
    assertEquals(ExitCode.OK, run.code(), run.err());
    String quoted = "'" + desk.toString().replace("'", "'\\''") + "'";
    assertEquals("next: put articles in " + desk.resolve("articles") + " and run: cd " + quoted
        + " && transdesk ingest --targets de,fr articles/\n", run.err());
  }

  @Test
  void initSuggestsTheFirstIngestFromInsideTheDeskAsItsReadmeDoes() {
    // run from outside, the ingest would name the article desk/articles/a.txt, and every later
    // command run inside the desk (as the desk's README says) articles/a.txt: two documents
    assertEquals("cd desk && transdesk ingest --targets de,fr articles/",
        InitCommand.nextCommand(Path.of("desk"), "desk/transdesk.db", false));
    assertEquals("transdesk ingest --targets de,fr articles/", InitCommand.nextCommand(Path.of("."), "transdesk.db", false));
    assertEquals("cd /srv/desk && transdesk --db /srv/db/desk.db ingest --targets de,fr articles/",
        InitCommand.nextCommand(Path.of("/srv/desk"), "/srv/db/desk.db", true));
  }

  @Test
  void initRefusesAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    CliRun run = CliRun.run(null, "init", file.toString());
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: " + file + ": is a file, not a folder; pass a new or existing folder\n", run.err());
  }

  @Test
  void bashCompletionIsValidBashAndNamesEveryCommand() throws Exception {
    CliRun run = CliRun.run(null, "completion", "bash");
    assertEquals(ExitCode.OK, run.code());
    for (Command command : Commands.all()) assertTrue(run.out().contains("    " + command.name() + ") "), command.name());
    Path script = Files.writeString(dir.resolve("completion.bash"), run.out());
    Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes());
    assertEquals(0, bash.waitFor(), output);
  }
}
