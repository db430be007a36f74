package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

/** Files that Debian's Translate Toolkit writes from our exports come back in, or are refused with a reason. */
class TranslateToolkitRoundTripTest {
  @TempDir Path dir;
  private Path db;
  private Path exported;

  @BeforeEach
  void exportTheSampleWithThreeTranslations() throws Exception {
    OutsideTool.require("pofilter", "translate-toolkit");
    db = dir.resolve("desk.db");
    assertEquals(ExitCode.OK, CliRun.run(db, "-q", "ingest", "--source-lang", "en", "--targets", "de", "articles/north-korea-talks.txt").code());
    CliRun export = CliRun.run(db, "-q", "export", "--lang", "de", "--prefill-source", "--out", dir.resolve("out").toString());
    assertEquals(ExitCode.OK, export.code(), export.err());
    exported = dir.resolve("out/de/articles/north-korea-talks.de.xlf");
    String xliff = Files.readString(exported)
        .replace("<target state=\"new\">USA open to meeting with North Korea</target>",
            "<target state=\"translated\">USA offen für Treffen mit Nordkorea</target>")
        .replace("<target state=\"new\">Details have not yet been disclosed.</target>",
            "<target state=\"translated\">Einzelheiten wurden noch nicht bekannt gegeben.</target>");
    Files.writeString(exported, xliff);
  }

  @Test
  void pofilterOutputWithItsXliff11RootImportsTheUnitsItKept() throws Exception {
    Path filtered = dir.resolve("filtered.xlf");
    OutsideTool.run(dir, List.of("pofilter", exported.toString(), filtered.toString()), 120);
    assertEquals(true, Files.readString(filtered).contains("urn:oasis:names:tc:xliff:document:1.1"), "pofilter writes a 1.1 root");

    CliRun imported = CliRun.run(db, "import", "--fail-on", "never", filtered.toString());
    assertEquals(ExitCode.OK, imported.code(), imported.out() + imported.err());
    List<String> lines = imported.out().lines().toList();
    assertEquals(filtered + ": imported as import #1 into articles/north-korea-talks.txt (de): 2 applied, 0 unchanged,"
        + " 35 empty (35 source copies), 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings",
        lines.get(lines.size() - 1));
    // pofilter's notes on the units it flagged are in the file: listed, not dropped.
    assertEquals(List.of(), lines.subList(0, lines.size() - 1).stream()
        .filter(l -> !l.matches(java.util.regex.Pattern.quote(filtered.toString()) + ":\\d+: unit \\d+: the translator left a note: .+"))
        .toList());
  }

  @Test
  void po2xliffAfterXliff2poIsRefusedBecauseItsUnitIdsAreRenumbered() throws Exception {
    Path po = dir.resolve("north-korea-talks.de.po");
    OutsideTool.run(dir, List.of("xliff2po", exported.toString(), po.toString()), 120);
    Files.writeString(po, Files.readString(po).replace("msgstr \"Share to friends\"", "msgstr \"Mit Freunden teilen\""));
    Path back = dir.resolve("back.xlf");
    OutsideTool.run(dir, List.of("po2xliff", po.toString(), back.toString()), 120);

    CliRun imported = CliRun.run(db, "import", back.toString());
    assertEquals(ExitCode.REJECTED, imported.code());
    assertEquals("error: " + back + ":3: document '" + po + "' (file/@original) is not in the database " + db
        + "; the file has no td:export, so it is not one transdesk exported: import the XLIFF that transdesk export wrote,"
        + " as the translator returns it\n", imported.err());
  }
}
