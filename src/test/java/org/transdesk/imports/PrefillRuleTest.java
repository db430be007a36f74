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

/** Issue 9: what a returned target means when the export sent a copy of the source (td:prefill="yes"). */
class PrefillRuleTest {
  private static final String PREFILL = "td:prefill=\"yes\" td:rev=\"0\"";

  @TempDir Path dir;
  private String db;
  private DeskFixture desk;
  private int doc;
  private int talks;
  private int score;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void desk() {
    db = dir.resolve("desk.db").toString();
    desk = new DeskFixture(db);
    doc = desk.document("a.txt", "en", "de");
    talks = desk.segment(doc, "The talks ended.");
    score = desk.segment(doc, "3:1 (2019)");
  }

  @AfterEach
  void close() {
    desk.close();
  }

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of("import", "--db", db, "--list", "all"));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of(), false);
  }

  @Test
  void translationOverTheCopyCountsWhateverTheStateSays() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "Die Gespräche endeten.", "new", PREFILL)
        .write(dir.resolve("omegat.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()));
    assertEquals(file + ":5: unit 1: applied\n" + file + ": imported as import #1 into a.txt (de): 1 applied, 0 unchanged,"
        + " 0 empty, 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n", out.toString());
    assertEquals(List.of(List.of("Die Gespräche endeten.", "translated")), desk.rows("SELECT target, state FROM translation"));
  }

  @Test
  void copyLeftInPlaceIsUntranslatedEvenWhenMarkedTranslated() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "The talks ended.", "new", PREFILL)
        .unit(String.valueOf(score), "3:1 (2019)", "3:1 (2019)", "new", PREFILL)
        .write(dir.resolve("omegat.xlf"));
    Path marked = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "The  talks ended. ", "translated", PREFILL)
        .write(dir.resolve("marked.xlf"));
    assertEquals(ExitCode.OK, run(file.toString(), marked.toString()));
    assertEquals(file + ":5: unit 1: empty: source copy left in place\n"
        + file + ":9: unit 2: empty: source copy left in place\n"
        + file + ": imported as import #1 into a.txt (de): 0 applied, 0 unchanged, 2 empty (2 source copies), 0 stale,"
        + " 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n"
        + marked + ":5: unit 1: empty: source copy left in place\n"
        + marked + ": imported as import #2 into a.txt (de): 0 applied, 0 unchanged, 1 empty (1 source copy), 0 stale,"
        + " 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n", out.toString());
    assertEquals(0, desk.count("translation"));
  }

  @Test
  void namesOrNumbersOnlyCopyIsATranslationWhenTheStateSaysSoOrWithAcceptIdentical() {
    Path said = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(score), "3:1 (2019)", "3:1 (2019)", "translated", PREFILL)
        .write(dir.resolve("said.xlf"));
    assertEquals(ExitCode.OK, run("--dry-run", said.toString()));
    assertEquals(said + ":5: unit 2: applied\n"
        + said + ": dry run, nothing written into a.txt (de): 1 applied (1 identical to the source, names or numbers only),"
        + " 0 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n", out.toString());
    out.getBuffer().setLength(0);
    Path omegat = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(score), "3:1 (2019)", "3:1 (2019)", "new", PREFILL)
        .write(dir.resolve("omegat.xlf"));
    assertEquals(ExitCode.OK, run("--accept-identical", omegat.toString()));
    assertEquals(List.of(List.of(score, "3:1 (2019)", "translated")), desk.rows("SELECT segment_id, target, state FROM translation"));
  }

  @Test
  void targetIdenticalToTheSourceWithoutPrefillCountsOnlyWhenTheStateSaysTranslated() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "The talks ended.", "needs-translation", "td:rev=\"0\"")
        .write(dir.resolve("new.xlf"));
    Path said = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "The talks ended.", "translated", "td:rev=\"0\"")
        .write(dir.resolve("said.xlf"));
    assertEquals(ExitCode.OK, run(file.toString(), said.toString()));
    assertEquals(file + ":5: unit 1: empty: target identical to the source, state new\n"
        + file + ": imported as import #1 into a.txt (de): 0 applied, 0 unchanged, 1 empty (1 source copy), 0 stale,"
        + " 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n"
        + said + ":5: unit 1: applied\n"
        + said + ":5: unit 1: warning target-same-as-source: the target is the same as the en source: translate it\n"
        + said + ": imported as import #2 into a.txt (de): 1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict,"
        + " 0 protected, 0 invalid, 0 unknown; 1 finding (1 warning)\n", out.toString());
  }

  @Test
  void segmentOfGlossaryNamesOnlyMayStayIdentical() throws Exception {
    int names = desk.segment(doc, "Kim Jong Un, Joe Biden (2019)");
    int sentence = desk.segment(doc, "Kim Jong Un met Joe Biden.");
    Path glossary = java.nio.file.Files.writeString(dir.resolve("names.csv"),
        "type,source,target_lang,target\nname,Kim Jong Un,*,\nname,Joe Biden,*,\n");
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(names), "Kim Jong Un, Joe Biden (2019)", "Kim Jong Un, Joe Biden (2019)", "new", PREFILL)
        .unit(String.valueOf(sentence), "Kim Jong Un met Joe Biden.", "Kim Jong Un met Joe Biden.", "new", PREFILL)
        .write(dir.resolve("omegat.xlf"));
    assertEquals(ExitCode.OK, run("--glossary", glossary.toString(), "--accept-identical", file.toString()));
    assertEquals(file + ":5: unit " + names + ": applied\n"
        + file + ":9: unit " + sentence + ": empty: source copy left in place\n"
        + file + ": imported as import #1 into a.txt (de): 1 applied (1 identical to the source, names or numbers only),"
        + " 0 unchanged, 1 empty (1 source copy), 0 stale, 0 conflict, 0 protected, 0 invalid, 0 unknown; no findings\n",
        out.toString());
  }
}
