package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;
import org.transdesk.store.SegmentStore;
import org.transdesk.xliff.OkapiViews;
import org.transdesk.xliff.XliffSchemas;

/**
 * The sample article's exports committed under xliff/ (1.2 in xliff/LANG/, 2.0 in xliff/2.0/LANG/)
 * are what a fresh desk exports. When they drift, regenerate them with
 * {@code mvn test -Dtest=ExportExamplesTest -Dtransdesk.updateExamples=true} and commit them.
 */
class ExportExamplesTest {
  private static final String SAMPLE = "articles/north-korea-talks.txt";
  private static final List<String> EXAMPLES = List.of(
      "de/articles/north-korea-talks.de.xlf",
      "fr/articles/north-korea-talks.fr.xlf",
      "2.0/de/articles/north-korea-talks.de.xlf",
      "2.0/fr/articles/north-korea-talks.fr.xlf");

  @TempDir static Path dir;
  private static Path out;
  private static Path db;

  /** Fresh desk, the sample ingested for de and fr, exported as 1.2 and then as 2.0 with the desk glossary. */
  @BeforeAll
  static void exportTheSample() throws Exception {
    db = dir.resolve("desk.db");
    out = dir.resolve("xliff");
    assertEquals(ExitCode.OK, CliRun.run(db, "ingest", "--source-lang", "en", "--targets", "de,fr", SAMPLE).code());
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--out", out.toString(), "--glossary", "glossaries/desk.csv").code());
    assertEquals(ExitCode.OK, CliRun.run(db, "export", "--xliff-version", "2.0", "--out", out.resolve("2.0").toString(),
        "--glossary", "glossaries/desk.csv").code());
    if (Boolean.getBoolean("transdesk.updateExamples")) {
      for (String example : EXAMPLES) {
        Path committed = Path.of("xliff", example);
        Files.createDirectories(committed.getParent());
        Files.copy(out.resolve(example), committed, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void committedExamplesAreWhatAFreshDeskExports() throws Exception {
    for (String example : EXAMPLES) {
      Path committed = Path.of("xliff", example);
      assertEquals(Files.exists(committed) ? Files.readString(committed) : "(missing)", Files.readString(out.resolve(example)),
          "xliff/" + example + " is out of date: run mvn test -Dtest=ExportExamplesTest -Dtransdesk.updateExamples=true and commit it");
    }
  }

  @Test
  void examplesAreValidAgainstTheOasisSchemasAndTheTdSchema() {
    for (String example : EXAMPLES) {
      assertEquals(List.of(), XliffSchemas.errors(example.startsWith("2.0/") ? "2.0" : "1.2", out.resolve(example)), example);
    }
  }

  @Test
  void okapiReadersSeeEverySegmentAndEveryNote() throws Exception {
    List<String> segments = new ArrayList<>();
    try (Database database = Database.open(db.toString())) {
      SegmentStore store = new SegmentStore(database);
      store.activeSegments(store.document(SAMPLE).orElseThrow().id(), s -> segments.add(s.id() + " | " + s.plain()));
    }
    assertEquals(37, segments.size());
    for (String example : EXAMPLES) {
      boolean v20 = example.startsWith("2.0/");
      List<String> units = v20 ? OkapiViews.xliff20(out.resolve(example)) : OkapiViews.xliff12(out.resolve(example));
      if (v20) units = units.subList(1, units.size());
      assertEquals(segments, units.stream().map(u -> u.substring(0, nthBar(u, 2))).toList(), example);
      String xml = Files.readString(out.resolve(example));
      int notes = count(xml, v20 ? "<gls:glossEntry>" : "<note ");
      assertEquals(notes, units.stream().mapToInt(u -> count(u, v20 ? " | gls " : " | note ")).sum(), example);
    }
  }

  @Test
  void pocountCountsTheSameUnitsAndUntranslatedUnitsAsStatus() throws Exception {
    Pocount.require();
    JsonNode languages = new ObjectMapper().readTree(CliRun.run(db, "status", "--format", "json").out())
        .get("documents").get(0).get("languages");
    for (String example : EXAMPLES.subList(0, 2)) {
      JsonNode states = languages.get(example.substring(0, 2));
      int total = 0;
      for (JsonNode count : states) total += count.asInt();
      Pocount counts = Pocount.of(out.resolve(example));
      assertEquals(new Pocount(total, 0, 0, states.get("new").asInt()), counts, example);
      assertEquals(37, counts.total(), example);
    }
  }

  private static int nthBar(String line, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) at = line.indexOf(" | ", at + 1);
    return at < 0 ? line.length() : at;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
    return n;
  }
}
