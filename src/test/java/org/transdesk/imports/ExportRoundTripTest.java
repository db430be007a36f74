package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;

/** The desk's real pipeline: ingest the sample, export it, fill the file in as a translator would, import it. */
class ExportRoundTripTest {
  private static final String ARTICLE = "articles/north-korea-talks.txt";
  private static final Pattern UNIT = Pattern.compile(
      "(<trans-unit id=\"(\\d+)\"[^>]*>\\s*<source>)(.*?)(</source>)(\\s*<target state=\"new\">.*?</target>)?", Pattern.DOTALL);

  @TempDir Path dir;
  private String db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--db");
    all.add(2, db);
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  @BeforeEach
  void ingest() {
    db = dir.resolve("desk.db").toString();
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "en", "--targets", "de,fr", ARTICLE), () -> out + "" + err);
  }

  private Path export(String... options) {
    List<String> args = new ArrayList<>(List.of("export", "--lang", "de", "--out", dir.resolve("xliff").toString()));
    args.addAll(List.of(options));
    assertEquals(ExitCode.OK, run(args.toArray(String[]::new)), () -> out + "" + err);
    return dir.resolve("xliff/de/articles/north-korea-talks.de.xlf");
  }

  /** Puts "[de] " + the source into every unit (odd ones only when {@code everyOther}); prefilled targets keep state new. */
  private static String fill(String xliff, boolean everyOther) {
    Matcher m = UNIT.matcher(xliff);
    StringBuilder filled = new StringBuilder();
    int n = 0;
    while (m.find()) {
      boolean translate = !everyOther || n++ % 2 == 0;
      String source = m.group(3);
      String target;
      if (m.group(5) != null) {
        target = translate ? "\n        <target state=\"new\">[de] " + source + "</target>" : m.group(5);
      } else {
        target = translate ? "\n        <target state=\"translated\">[de] " + source + "</target>" : "";
      }
      m.appendReplacement(filled, Matcher.quoteReplacement(m.group(1) + source + m.group(4) + target));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  private int units(String xliff) {
    return (int) UNIT.matcher(xliff).results().count();
  }

  @Test
  void ourExportFilledInLandsEveryUnit() throws Exception {
    Path file = export();
    String exported = Files.readString(file);
    Files.writeString(file, fill(exported, false));
    assertEquals(ExitCode.OK, run("import", "--fail-on", "never", "--quiet", file.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(db)) {
      assertEquals(List.of(List.of("de", "translated", units(exported))),
          desk.rows("SELECT lang, state, count(*) FROM translation GROUP BY lang, state"));
      assertEquals(List.of(List.of(units(exported), 0, 0, "imported")),
          desk.rows("SELECT applied, unchanged, empty, outcome FROM import"));
    }
  }

  @Test
  void prefilledExportWithHalfTranslatedKeepsTheCopiesUntranslated() throws Exception {
    Path file = export("--prefill-source");
    String exported = Files.readString(file);
    Files.writeString(file, fill(exported, true));
    int all = units(exported);
    int translated = (all + 1) / 2;
    assertEquals(ExitCode.OK, run("import", "--fail-on", "never", "--quiet", file.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(db)) {
      assertEquals(List.of(List.of("translated", translated)), desk.rows("SELECT state, count(*) FROM translation GROUP BY state"));
      assertEquals(List.of(List.of(translated, all - translated)), desk.rows("SELECT applied, empty FROM import"));
    }
  }

  @Test
  void ourExportFilledInLandsAfterOkapisFilterAndWriter() throws Exception {
    Path file = export();
    String exported = Files.readString(file);
    Files.writeString(file, fill(exported, false));
    Path roundTrip = dir.resolve("okapi.de.xlf");
    try (XLIFFFilter filter = new XLIFFFilter();
        IFilterWriter writer = filter.createFilterWriter();
        RawDocument raw = new RawDocument(file.toUri(), "UTF-8", LocaleId.ENGLISH, LocaleId.GERMAN)) {
      filter.open(raw);
      writer.setOptions(LocaleId.GERMAN, "UTF-8");
      writer.setOutput(roundTrip.toString());
      while (filter.hasNext()) {
        Event event = filter.next();
        writer.handleEvent(event);
      }
    }
    assertEquals(ExitCode.OK, run("import", "--fail-on", "never", "--quiet", roundTrip.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(db)) {
      assertEquals(List.of(List.of("translated", units(exported))), desk.rows("SELECT state, count(*) FROM translation GROUP BY state"));
    }
  }
}
