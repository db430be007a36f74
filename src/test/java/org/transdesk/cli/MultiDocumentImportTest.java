package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/**
 * One returned XLIFF file with a {@code <file>} per article, as CAT tools bundle a project: its
 * import row names no single document, yet the report must still show when each article's
 * translation last came in.
 */
class MultiDocumentImportTest {
  @TempDir Path dir;

  @Test
  void theReportShowsTheLastImportOfEveryDocumentTheFileSpanned() throws Exception {
    Path db = dir.resolve("desk.db");
    Path floods = Files.writeString(dir.resolve("floods.txt"), "Floods hit the valley.\nMore than 2,000 people left.\n");
    Path storm = Files.writeString(dir.resolve("storm.txt"), "A storm is coming.\n");
    assertEquals(ExitCode.OK, CliRun.run(db, "-q", "ingest", "--targets", "de,fr", floods.toString(), storm.toString()).code());
    assertEquals(ExitCode.OK, CliRun.run(db, "-q", "export", "--lang", "de", "--out", dir.resolve("out").toString()).code());
    List<Path> exported;
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      exported = files.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
    }
    assertEquals(2, exported.size());
    String first = KillTest.translate(Files.readString(exported.get(0)));
    String second = KillTest.translate(Files.readString(exported.get(1)));
    String secondFile = second.substring(second.indexOf("  <file "), second.indexOf("</file>") + "</file>\n".length());
    Path bundle = Files.writeString(dir.resolve("project.de.xlf"), first.replace("</file>\n", "</file>\n" + secondFile));

    CliRun imported = CliRun.run(db, "import", bundle.toString());
    assertEquals(ExitCode.OK, imported.code(), imported.out() + imported.err());

    JsonNode report = new ObjectMapper().readTree(CliRun.run(db, "report", "--format", "json").out());
    String when = null;
    for (JsonNode document : report.get("documents")) {
      String lastImport = document.get("last_import").isNull() ? null : document.get("last_import").asText();
      if (document.get("lang").asText().equals("fr")) {
        assertEquals(null, lastImport, document.toString());
        continue;
      }
      assertNotNull(lastImport, document.toString());
      if (when != null) assertEquals(when, lastImport);
      when = lastImport;
    }
    assertEquals(when, report.get("totals").get(0).get("last_import").asText());
    assertEquals(ExitCode.OK, CliRun.run(db, "report", "--doc", storm.toString(), "--lang", "de").code());
    String text = CliRun.run(db, "report", "--doc", storm.toString(), "--lang", "de").out();
    assertEquals(false, text.contains("never"), text);
  }
}
