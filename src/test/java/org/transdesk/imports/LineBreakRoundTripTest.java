package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DeskFixture;
import org.transdesk.xliff.XliffSchemas;

/**
 * An HTML article with a {@code <br>} between two words, through the desk's whole round trip: the
 * export marks the code as a line break, and import and lint read the words on either side as two
 * words, as ingest's plain text does, so a name next to the break is still checked.
 */
class LineBreakRoundTripTest {
  private static final String SOURCE = "<source>Kim Jong Un<x id=\"1\" ctype=\"lb\"/>arrived in Hanoi.</source>";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path glossary;

  private ExitCode run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--db");
    all.add(2, dir.resolve("desk.db").toString());
    return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
  }

  @BeforeEach
  void ingest() throws Exception {
    Path article = Files.writeString(dir.resolve("visit.html"), "<html><body><p>Kim Jong Un<br>arrived in Hanoi.</p></body></html>\n");
    glossary = Files.writeString(dir.resolve("desk.csv"), """
        type,source,target_lang,target,forbidden,match,note
        name,Kim Jong Un,*,,Kim Jong-un,,
        """);
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "en", "--targets", "de", article.toString()), () -> out + "" + err);
  }

  /** Exports the article into {@code folder} and returns the file. */
  private Path export(String folder, String version) throws Exception {
    assertEquals(ExitCode.OK, run("export", "--lang", "de", "--xliff-version", version, "--out", dir.resolve(folder).toString()),
        () -> out + "" + err);
    try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
  }

  @Test
  void theExportMarksTheCodeAsALineBreakInBothVersions() throws Exception {
    Path v12 = export("x12", "1.2");
    Path v20 = export("x20", "2.0");
    assertTrue(Files.readString(v12).contains(SOURCE), () -> v12 + "");
    assertTrue(Files.readString(v20).contains("<source>Kim Jong Un<ph id=\"1\" dataRef=\"d1\" type=\"fmt\" subType=\"xlf:lb\"/>arrived in Hanoi.</source>"),
        () -> v20 + "");
    assertEquals(List.of(), XliffSchemas.errors("1.2", v12));
    assertEquals(List.of(), XliffSchemas.errors("2.0", v20));
  }

  @Test
  void aForbiddenSpellingNextToALineBreakIsFoundAtImportEvenWhenTheToolDroppedTheMark() throws Exception {
    Path exported = export("xliff", "1.2");
    // The translation tool wrote the code back without its ctype: the stored segment still knows.
    Files.writeString(exported, Files.readString(exported)
        .replace(SOURCE, SOURCE + "<target state=\"translated\">Kim Jong-un<x id=\"1\"/>traf in Hanoi ein.</target>"));

    assertEquals(ExitCode.FINDINGS, run("import", "--glossary", glossary.toString(), exported.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(dir.resolve("desk.db").toString())) {
      assertEquals(List.of(List.of("name-misspelled", "Kim Jong-un")), desk.rows("SELECT rule, span FROM finding"));
      assertEquals(List.of(List.of("Kim Jong Un arrived in Hanoi.", 6)), desk.rows("SELECT plain, words FROM segment"));
    }
  }

  @Test
  void lintReadsTheMarkedLineBreakAsASpace() throws Exception {
    Path exported = export("xliff", "1.2");
    String translated = Files.readString(exported)
        .replace(SOURCE, SOURCE + "<target state=\"translated\">Kim Jong-un<x id=\"1\" ctype=\"lb\"/>traf in Hanoi ein.</target>");
    Files.writeString(exported, translated);
    assertEquals(ExitCode.FINDINGS, run("lint", "--glossary", glossary.toString(), exported.toString()), () -> out + "" + err);
    assertTrue(out.toString().contains("name-misspelled"), () -> out + "" + err);

    // Unmarked, a placeholder joins the words around it (a bookmark inside a word must not split it).
    out.getBuffer().setLength(0);
    Files.writeString(exported, translated.replace(" ctype=\"lb\"", ""));
    assertEquals(ExitCode.OK, run("lint", "--glossary", glossary.toString(), exported.toString()), () -> out + "" + err);
  }

  @Test
  void aReturnedSourceWhoseSpacingATranslationToolChangedIsNotStaleAtALineBreak() throws Exception {
    // The returned source differs from the stored one in its spacing only, so the two are compared
    // as plain text: the stored plain text has a space at the break, the returned source's codes say nothing.
    Path exported = export("xliff", "1.2");
    String respaced = "<source xml:space=\"preserve\">Kim Jong Un<x id=\"1\"/>arrived  in Hanoi.</source>"
        + "<target state=\"translated\">Kim Jong Un<x id=\"1\"/>traf in Hanoi ein.</target>";
    Files.writeString(exported, Files.readString(exported).replace(SOURCE, respaced));

    assertEquals(ExitCode.OK, run("import", "--quiet", exported.toString()), () -> out + "" + err);
    try (DeskFixture desk = new DeskFixture(dir.resolve("desk.db").toString())) {
      assertEquals(List.of(List.of(1, 0)), desk.rows("SELECT applied, stale FROM import"));
    }
  }
}
