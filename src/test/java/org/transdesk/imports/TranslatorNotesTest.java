package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.cli.CliRun;
import org.transdesk.store.DeskFixture;

/** What a translator writes beside the text (notes, comments) is listed by import, never dropped unseen. */
class TranslatorNotesTest {
  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int cafe;
  private int talks;
  private CliRun last;

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    int doc = desk.document("a.txt", "en", "de");
    cafe = desk.segment(doc, "Café owners in Zurich welcomed José Núñez.");
    talks = desk.segment(doc, "The talks ended.");
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private ExitCode run(String... args) {
    last = CliRun.command(Path.of(db), "import", args);
    return last.code();
  }

  private static final String COUNTS = ": imported as import #1 into a.txt (de): 2 applied, 0 unchanged, 0 empty, 0 stale,"
      + " 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n";

  @Test
  void xliff20NotesAndCommentsAreListedButNotTheDesksOwn() throws Exception {
    Path file = Files.writeString(dir.resolve("de.xlf"), """
        <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
          <file id="f" original="a.txt">
            <unit id="%d">
              <notes>
                <note id="n1" priority="1" category="translator">Bitte Schreibweise
                  von Núñez prüfen</note>
                <note category="td:previous-source" appliesTo="source">Café owners welcomed Núñez.</note>
              </notes>
              <segment state="translated">
                <source>Café owners in Zurich welcomed José Núñez.</source>
                <target>Cafébesitzer in <mrk id="m1" type="comment" value="Stadt, nicht Kanton">Zürich</mrk> begrüßten <mrk id="m2" type="comment" ref="#n=n1">José Núñez</mrk>.</target>
              </segment>
            </unit>
            <unit id="%d"><segment state="translated"><source>The talks ended.</source><target>Die Gespräche endeten.</target></segment></unit>
          </file>
        </xliff>
        """.formatted(cafe, talks), StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK, run(file.toString()), () -> last.toString());
    assertEquals(file + ":3: unit 1: the translator left a note: Bitte Schreibweise von Núñez prüfen\n"
        + file + ":3: unit 1: the translator left a note: Stadt, nicht Kanton\n"
        + file + COUNTS, last.out());
    assertEquals(List.of(List.of("Cafébesitzer in Zürich begrüßten José Núñez.")),
        desk.rows("SELECT target FROM translation WHERE segment_id = " + cafe));
  }

  @Test
  void xliff12NotesAreListedInTextAndJson() throws Exception {
    Path file = Files.writeString(dir.resolve("de.xlf"), """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
            <trans-unit id="%d"><source>Café owners in Zurich welcomed José Núñez.</source>
              <target state="translated">Cafébesitzer in Zürich begrüßten José Núñez.</target></trans-unit>
            <trans-unit id="%d"><source>The talks ended.</source>
              <target state="translated">Die Gespräche endeten.</target>
              <note from="transdesk-glossary" annotates="source">talks: Gespräche</note>
              <note from="Anna">Unsure whether "ended" means broke off</note>
            </trans-unit>
          </body></file>
        </xliff>
        """.formatted(cafe, talks), StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK, run("--format", "json", file.toString()), () -> last.toString());
    assertEquals("[{\"unit\":\"2\",\"line\":5,\"note\":\"Unsure whether \\\"ended\\\" means broke off\"}]",
        new ObjectMapper().readTree(last.out()).get("files").get(0).get("notes").toString());
  }

  @Test
  void theDesksHintsAreKnownByTheGlossaryWhenAToolDroppedOrChangedWhoWroteThem() throws Exception {
    Path glossary = Files.writeString(dir.resolve("names.csv"), "type,source,target_lang,target,forbidden,match,note\n"
        + "name,José Núñez,*,,,,\nname,Zurich,de,Zürich,,,city\n", StandardCharsets.UTF_8);
    Path file = Files.writeString(dir.resolve("de.xlf"), """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
            <trans-unit id="%d"><source>Café owners in Zurich welcomed José Núñez.</source>
              <target state="translated">Cafébesitzer in Zürich begrüßten José Núñez.</target>
              <note from="developer">Zurich (name): Zürich — city
                José Núñez (name): José Núñez</note>
              <note>Zurich (name): Zürich — city. Die Agentur schreibt aber Zurich, bitte klären!</note>
              <note annotates="source">source changed since this translation; previous source: Café owners welcomed Núñez.</note></trans-unit>
            <trans-unit id="%d"><source>The talks ended.</source>
              <target state="translated">Die Gespräche endeten.</target>
              <note>Zurich (name): bitte klären</note></trans-unit>
          </body></file>
        </xliff>
        """.formatted(cafe, talks), StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK, run("--glossary", glossary.toString(), file.toString()), () -> last.toString());
    // The hints (merged into one note, under another "from") and the previous source are the desk's;
    // a note that only starts like a hint is the translator's, and so is one on a unit without that name.
    assertEquals(file + ":3: unit 1: the translator left a note: Zurich (name): Zürich — city. Die Agentur schreibt aber"
        + " Zurich, bitte klären!\n" + file + ":9: unit 2: the translator left a note: Zurich (name): bitte klären\n" + file + COUNTS,
        last.out());
  }
}
