package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/** Every command that prints a result prints it as one JSON document with --format json: stdout holds nothing else. */
class JsonOutputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ARTICLE = "articles/north-korea-talks.txt";
  private static final String RETURNED = "xliff/returned/north-korea-talks.de.xlf";

  @TempDir Path dir;

  private static JsonNode json(CliRun run, ExitCode expected, String command) throws Exception {
    assertEquals(expected, run.code(), command + ": " + run.err());
    JsonNode node = MAPPER.readTree(run.out());
    assertTrue(node != null && node.isContainerNode(), command + " printed no JSON: " + run.out());
    return node;
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theDesksDayInJson() throws Exception {
    Path desk = dir.resolve("desk");
    Path db = desk.resolve("transdesk.db");
    JsonNode init = json(CliRun.run(null, "init", "--format", "json", desk.toString()), ExitCode.OK, "init");
    assertEquals(List.of("folder", "database", "created", "folders", "sample"), fields(init));
    assertTrue(init.get("created").asBoolean());

    JsonNode ingest = json(CliRun.run(db, "ingest", "--format", "json", "--targets", "de,fr", ARTICLE), ExitCode.OK, "ingest");
    assertEquals(List.of("name", "outcome", "version", "segments", "new", "unchanged", "changed", "restored", "dropped",
        "words", "needs_update", "targets_added"), fields(ingest.get("files").get(0)));

    Path xliff = desk.resolve("xliff");
    JsonNode export = json(CliRun.run(db, "export", "--format", "json", "--out", xliff.toString()), ExitCode.OK, "export");
    assertEquals(List.of("xliff_version", "out", "files"), fields(export));
    assertEquals(List.of("document", "lang", "file", "units", "export_id", "outcome"), fields(export.get("files").get(0)));
    assertEquals(2, export.get("files").size());
    assertEquals("written", export.get("files").get(0).get("outcome").asText());

    JsonNode imported = json(CliRun.run(db, "import", "--format", "json", "--fail-on", "never", RETURNED), ExitCode.FINDINGS, "import");
    assertEquals(List.of("files", "exit_code"), fields(imported));

    JsonNode lint = json(CliRun.run(null, "lint", "--format", "json", RETURNED), ExitCode.FINDINGS, "lint");
    assertTrue(lint.isArray() && lint.size() > 0, lint::toString);

    JsonNode report = json(CliRun.run(db, "report", "--format", "json"), ExitCode.OK, "report");
    assertEquals("format_version", fields(report).get(0));

    JsonNode status = json(CliRun.run(db, "status", "--format", "json"), ExitCode.OK, "status");
    assertEquals(List.of("name", "version", "sourceLang", "format", "segments", "words", "protected", "languages"),
        fields(status.get("documents").get(0)));

    Path copy = dir.resolve("copy.db");
    JsonNode backup = json(CliRun.run(db, "backup", "--format", "json", copy.toString()), ExitCode.OK, "backup");
    assertEquals(List.of("database", "file", "bytes", "integrity"), fields(backup));

    JsonNode check = json(CliRun.run(db, "check", "--format", "json"), ExitCode.OK, "check");
    assertEquals(List.of("database", "ok", "checks", "violations"), fields(check));

    JsonNode again = json(CliRun.run(null, "init", "--format", "json", desk.toString()), ExitCode.OK, "init");
    assertEquals(false, again.get("created").asBoolean());
  }

  @Test
  void demoInJsonWithQuietPrintsOnlyWhereEverythingWent() throws Exception {
    Path folder = dir.resolve("demo");
    CliRun run = CliRun.run(null, Map.of(), "--quiet", "demo", "--format", "json", folder.toString());
    JsonNode demo = json(run, ExitCode.OK, "demo");
    assertEquals(List.of("folder", "xliff", "report", "database", "steps"), fields(demo));
    assertEquals(6, demo.get("steps").size());
    assertEquals(List.of("step", "title", "command", "exit_code"), fields(demo.get("steps").get(0)));
    assertEquals("", run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    for (String command : List.of("init", "export", "status", "backup", "check", "demo")) {
      CliRun run = CliRun.run(dir.resolve("t.db"), command, "--format", "xml");
      assertEquals(ExitCode.USAGE, run.code(), command);
      assertTrue(run.err().startsWith("error: unknown format 'xml': use text or json; usage: transdesk " + command + " "), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertEquals("", run.out(), command);
    }
  }
}
