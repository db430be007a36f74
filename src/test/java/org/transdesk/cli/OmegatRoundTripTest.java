package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * The sample's whole round trip through Debian's OmegaT 3.6 in console mode: export with the source
 * pre-filled, translate with a TMX in tm/auto/, import what OmegaT wrote to target/.
 */
class OmegatRoundTripTest {
  @TempDir Path dir;

  private static final Map<String, String> TMX = Map.of(
      "“Anytime, without preconditions”: USA open to meetings with North Korea",
      "„Jederzeit, ohne Vorbedingungen“: USA offen für Treffen mit Nordkorea",
      "USA open to meeting with North Korea", "USA offen für Treffen mit Nordkorea",
      "Details have not yet been disclosed.", "Einzelheiten wurden noch nicht bekannt gegeben.",
      "Both leaders met three times in person.", "Beide Staatschefs trafen sich dreimal persönlich.");

  @Test
  void exactlyTheUnitsTheTmxCoversComeBackTranslatedWithItsText() throws Exception {
    OutsideTool.require("omegat", "omegat");
    Path db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "-q", "ingest", "--source-lang", "en", "--targets", "de", "articles/north-korea-talks.txt").code());
    CliRun export = CliRun.run(db, "-q", "export", "--lang", "de", "--prefill-source", "--out", dir.resolve("out").toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    Path exported = dir.resolve("out/de/articles/north-korea-talks.de.xlf");

    Path project = dir.resolve("project");
    for (String folder : List.of("source", "target", "tm/auto", "omegat", "glossary", "dictionary")) {
      Files.createDirectories(project.resolve(folder));
    }
    Files.copy(exported, project.resolve("source/north-korea-talks.de.xlf"));
    Files.writeString(project.resolve("omegat.project"), PROJECT);
    Files.writeString(project.resolve("tm/auto/desk.tmx"), tmx());
    OutsideTool.run(dir, List.of("omegat", project.toString(), "--mode=console-translate"), 300);
    Path translated = project.resolve("target/north-korea-talks.de.xlf");
    OutsideTool.assertFile(translated);

    Map<String, String> sources = units(exported, false);
    CliRun imported = CliRun.run(db, "import", translated.toString());
    assertEquals(ExitCode.OK, imported.code(), imported.out() + imported.err());
    assertEquals(translated + ": imported as import #1 into articles/north-korea-talks.txt (de): 5 applied, 0 unchanged,"
        + " 32 empty (32 source copies), 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n", imported.out());

    Map<String, String> expected = new TreeMap<>();
    sources.forEach((id, source) -> {
      if (TMX.containsKey(source)) expected.put(id, TMX.get(source));
    });
    assertEquals(5, expected.size(), "the TMX covers units 1, 2 (same source), 4, 12 and 22: " + expected);
    CliRun reexport = CliRun.run(db, "-q", "export", "--lang", "de", "--only", "all", "--out", dir.resolve("again").toString());
    assertEquals(ExitCode.OK, reexport.code(), reexport.err());
    assertEquals(expected, units(dir.resolve("again/de/articles/north-korea-talks.de.xlf"), true));
  }

  /** Unit id to source, or to target for the units that have one. */
  private static Map<String, String> units(Path file, boolean targets) {
    Map<String, String> units = new TreeMap<>();
    XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile file) {}

      @Override public void unit(XliffUnit unit) {
        if (!targets) units.put(unit.id(), unit.source());
        else if (unit.target() != null && !unit.target().isEmpty()) units.put(unit.id(), unit.target());
      }
    });
    return units;
  }

  private static String tmx() {
    StringBuilder body = new StringBuilder();
    TMX.forEach((source, target) -> body.append("    <tu><tuv xml:lang=\"en\"><seg>").append(source)
        .append("</seg></tuv><tuv xml:lang=\"de\"><seg>").append(target).append("</seg></tuv></tu>\n"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="transdesk-test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
          <body>
        """ + body + """
          </body>
        </tmx>
        """;
  }

  private static final String PROJECT = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <omegat>
        <project version="1.0">
          <source_dir>__DEFAULT__</source_dir>
          <target_dir>__DEFAULT__</target_dir>
          <tm_dir>__DEFAULT__</tm_dir>
          <glossary_dir>__DEFAULT__</glossary_dir>
          <glossary_file>__DEFAULT__</glossary_file>
          <dictionary_dir>__DEFAULT__</dictionary_dir>
          <source_lang>en</source_lang>
          <target_lang>de</target_lang>
          <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
          <target_tok>org.omegat.tokenizer.LuceneGermanTokenizer</target_tok>
          <sentence_seg>false</sentence_seg>
          <support_default_translations>true</support_default_translations>
          <remove_tags>false</remove_tags>
        </project>
      </omegat>
      """;
}
