package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;

/** Every outcome of a returned unit, through the real command on a real database. */
class ImportOutcomesTest {
  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private long doc;
  private long kim;
  private long talks;
  private long bold;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    doc = desk.document("a.txt", "en", "de", "fr");
    kim = desk.segment(doc, "Kim Jong Un met Joe Biden.");
    talks = desk.segment(doc, "The talks ended.");
    bold = desk.segment(doc, "<pc id=\"1\">Bold</pc> text<ph id=\"2\"/>.");
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of("import", "--db", db));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  @Test
  void newTranslationsAreAppliedWithHistoryAndAnImportRow() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "new", 0)
        .unit(bold, "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "<g id=\"1\">Fetter</g> Text<x id=\"2\"/>.", "signed-off", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()), () -> out + "\n" + err);
    assertEquals(file + ": imported as import #1 into a.txt (de): 3 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict,"
        + " 0 protected, 0 invalid, 0 unknown; no findings\n", out.toString());
    assertEquals("", err.toString());
    assertEquals(List.of(
        List.of(1, "de", "Kim Jong Un traf Joe Biden.", "translated", 1, 1),
        List.of(2, "de", "Die Gespräche endeten.", "translated", 1, 1),
        List.of(3, "de", "<pc id=\"1\">Fetter</pc> Text<ph id=\"2\"/>.", "reviewed", 1, 1)),
        desk.rows("SELECT segment_id, lang, target, state, revision, import_id FROM translation ORDER BY segment_id"));
    assertEquals(List.of(
        java.util.Arrays.asList(1, null, null, "Kim Jong Un traf Joe Biden.", "translated", "import", file.toString()),
        java.util.Arrays.asList(2, null, null, "Die Gespräche endeten.", "translated", "import", file.toString()),
        java.util.Arrays.asList(3, null, null, "<pc id=\"1\">Fetter</pc> Text<ph id=\"2\"/>.", "reviewed", "import", file.toString())),
        desk.rows("SELECT segment_id, old_target, old_state, new_target, new_state, reason, source_file FROM history ORDER BY id"));
    assertEquals(List.of(List.of(1, "de", 3, 0, 0, "imported")),
        desk.rows("SELECT document_id, lang, applied, unchanged, empty, outcome FROM import"));
  }
}
