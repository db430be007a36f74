package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;

/**
 * An HTML article with a {@code <br>} between two words, through the desk's whole round trip: the
 * import's checks read the words on either side as two words, as ingest's plain text does, so a
 * name next to the break is still checked.
 */
class LineBreakImportTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--db");
    all.add(2, dir.resolve("desk.db").toString());
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  @Test
  void aForbiddenSpellingNextToALineBreakIsFoundAtImport() throws Exception {
    Path article = Files.writeString(dir.resolve("visit.html"), "<html><body><p>Kim Jong Un<br>arrived in Hanoi.</p></body></html>\n");
    Path glossary = Files.writeString(dir.resolve("desk.csv"), """
        type,source,target_lang,target,forbidden,match,note
        name,Kim Jong Un,*,,Kim Jong-un,,
        """);
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "en", "--targets", "de", article.toString()), () -> out + "" + err);
    assertEquals(ExitCode.OK, run("export", "--lang", "de", "--out", dir.resolve("xliff").toString()), () -> out + "" + err);
    Path exported;
    try (Stream<Path> files = Files.walk(dir.resolve("xliff"))) {
      exported = files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    String xliff = Files.readString(exported);
    String source = "<source>Kim Jong Un<x id=\"1\"/>arrived in Hanoi.</source>";
    assertEquals(true, xliff.contains(source), xliff);
    Files.writeString(exported, xliff.replace(source, source + "<target state=\"translated\">Kim Jong-un<x id=\"1\"/>traf in Hanoi ein.</target>"));

    assertEquals(ExitCode.FINDINGS, run("import", "--glossary", glossary.toString(), exported.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(dir.resolve("desk.db").toString())) {
      assertEquals(List.of(List.of("name-misspelled", "Kim Jong-un")), desk.rows("SELECT rule, span FROM finding"));
      assertEquals(List.of(List.of("Kim Jong Un arrived in Hanoi.", 6)), desk.rows("SELECT plain, words FROM segment"));
    }
  }

  @Test
  void aReturnedSourceWhoseSpacingATranslationToolChangedIsNotStaleAtALineBreak() throws Exception {
    // The returned source differs from the stored one in its spacing only, so the two are compared
    // as plain text: the stored plain text has a space at the break, the returned source's codes say nothing.
    Path article = Files.writeString(dir.resolve("visit.html"), "<html><body><p>Kim Jong Un<br>arrived in Hanoi.</p></body></html>\n");
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "en", "--targets", "de", article.toString()), () -> out + "" + err);
    assertEquals(ExitCode.OK, run("export", "--lang", "de", "--out", dir.resolve("xliff").toString()), () -> out + "" + err);
    Path exported;
    try (Stream<Path> files = Files.walk(dir.resolve("xliff"))) {
      exported = files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    String source = "<source>Kim Jong Un<x id=\"1\"/>arrived in Hanoi.</source>";
    String respaced = "<source xml:space=\"preserve\">Kim Jong Un<x id=\"1\"/>arrived  in Hanoi.</source>"
        + "<target state=\"translated\">Kim Jong Un<x id=\"1\"/>traf in Hanoi ein.</target>";
    Files.writeString(exported, Files.readString(exported).replace(source, respaced));

    assertEquals(ExitCode.OK, run("import", "--quiet", exported.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(dir.resolve("desk.db").toString())) {
      assertEquals(List.of(List.of(1, 0)), desk.rows("SELECT applied, stale FROM import"));
    }
  }
}
