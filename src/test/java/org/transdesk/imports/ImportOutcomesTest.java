package org.transdesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private int doc;
  private int kim;
  private int talks;
  private int bold;
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

  private static final String SUMMARY_TAIL = " 0 protected, 0 invalid, 0 unknown; no findings";

  private String summary(Path file, String status, String counts) {
    return file + ": " + status + " into a.txt (de): " + counts + "\n";
  }

  @Test
  void sameTranslationAgainIsUnchanged() {
    desk.translation(kim, "de", "Kim Jong Un traf Joe Biden.", "translated", 1);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()));
    assertEquals(summary(file, "imported as import #1", "0 applied, 1 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected,"
        + " 0 invalid, 0 unknown; no findings"), out.toString());
    assertEquals(0, desk.count("history"));
  }

  @Test
  void theSameFileTwiceChangesNothingTheSecondTime() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()));
    String before = desk.dump();
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.OK, run(file.toString()));
    Object when = desk.rows("SELECT imported_at FROM import").get(0).get(0);
    assertEquals(file + ": already imported as #1 at " + when + "; nothing changed\n", out.toString());
    assertEquals(before, desk.dump());
  }

  @Test
  void aPartialImportAgainStillSaysWhatItHeldBack() throws Exception {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .unit(99, "Nothing.", "Nichts.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    String before = desk.dump();
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.FINDINGS, run("--strict", file.toString()));
    Object when = desk.rows("SELECT imported_at FROM import").get(0).get(0);
    assertEquals(file + ": already imported as #1 at " + when + ", which held back 1 unit (1 unknown); nothing changed\n", out.toString());
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.FINDINGS, run("--format", "json", file.toString()));
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertEquals("already-imported 1 0 1 1", report.get("files").get(0).get("status").asText() + " "
        + report.get("files").get(0).get("counts").get("unknown") + " " + report.get("files").get(0).get("counts").get("applied") + " "
        + report.get("files").get(0).get("counts").get("held_back") + " " + report.get("exit_code"));
    assertEquals(before, desk.dump());
  }

  @Test
  void jsonOfAFileImportedBeforeNamesItsDocumentAndLanguage() throws Exception {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()));
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.OK, run("--format", "json", file.toString()));
    JsonNode report = new ObjectMapper().readTree(out.toString()).get("files").get(0);
    assertEquals("already-imported", report.get("status").asText());
    assertEquals(1, report.get("import_id").asLong());
    assertEquals("a.txt", report.get("document").asText());
    assertEquals("de", report.get("lang").asText());
  }

  @Test
  void missingEmptyAndCopiedTargetsAreEmpty() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", null, null, 0)
        .unit(talks, "The talks ended.", "", "new", 0)
        .unit(String.valueOf(bold), "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "new", "")
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run("--list", "all", file.toString()));
    assertEquals(file + ":5: unit 1: empty: no target\n"
        + file + ":8: unit 2: empty: empty target\n"
        + file + ":12: unit 3: empty: target identical to the source, state new\n"
        + summary(file, "imported as import #1", "0 applied, 0 unchanged, 3 empty (1 source copy), 0 stale, 0 conflict,"
        + SUMMARY_TAIL), out.toString());
    assertEquals(0, desk.count("translation"));
  }

  @Test
  void changedSourceIsStaleWithBothSources() {
    int dropped = desk.segment(doc, "Talks resume.");
    int replacement = desk.replace(dropped, "Talks resumed.");
    int deleted = desk.segment(doc, "Rate author.");
    desk.drop(deleted);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(kim), "Kim Jong Un met Joe Biden today.", "Kim Jong Un traf heute Joe Biden.", "translated", "")
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 0)
        .unit(dropped, "Talks resume.", "Gespräche gehen weiter.", "translated", 0)
        .unit(deleted, "Rate author.", "Autor bewerten.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit 1: stale: the returned source is not the stored source"
        + " (returned \"Kim Jong Un met Joe Biden today.\"; stored \"Kim Jong Un met Joe Biden.\")\n"
        + file + ":13: unit " + dropped + ": stale: segment " + dropped + " was dropped in version 2 of the document; segment "
        + replacement + " holds its new source (returned \"Talks resume.\"; stored \"Talks resumed.\")\n"
        + file + ":17: unit " + deleted + ": stale: segment " + deleted + " was dropped in version 2 of the document"
        + " (source \"Rate author.\")\n"
        + summary(file, "partial as import #1", "1 applied, 0 unchanged, 0 empty, 3 stale, 0 conflict," + SUMMARY_TAIL),
        out.toString());
    assertEquals(List.of(List.of(kim, "de", "Kim Jong Un traf heute Joe Biden.", "translated", "stale"),
        List.of(dropped, "de", "Gespräche gehen weiter.", "translated", "stale"),
        List.of(deleted, "de", "Autor bewerten.", "translated", "stale")),
        desk.rows("SELECT segment_id, lang, target, state, reason FROM held_translation ORDER BY id"));
  }

  @Test
  void fingerprintOfAnotherSourceIsStale() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "Die Gespräche endeten.", "translated",
            "td:fingerprint=\"" + "0".repeat(64) + "\" td:rev=\"0\"")
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    String stored = org.transdesk.check.Fingerprint.of("The talks ended.").substring(0, 12);
    assertEquals(file + ":5: unit 2: stale: the source changed since the export (td:fingerprint 000000000000 is not the stored "
        + stored + ") (source \"The talks ended.\")\n"
        + summary(file, "partial as import #1", "0 applied, 0 unchanged, 0 empty, 1 stale, 0 conflict," + SUMMARY_TAIL),
        out.toString());
  }

  @Test
  void translationChangedSinceTheExportIsAConflictHeldBesideTheStoredOne() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "translated", 2);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit 2: conflict: the stored translation is at revision 2, the file was made from revision 1;"
        + " --force applies the returned one\n"
        + summary(file, "partial as import #1", "0 applied, 0 unchanged, 0 empty, 0 stale, 1 conflict," + SUMMARY_TAIL),
        out.toString());
    assertEquals(List.of(List.of("Die Gespräche sind zu Ende.", 2)), desk.rows("SELECT target, revision FROM translation"));
    assertEquals(List.of(List.of(talks, "Die Gespräche endeten.", "translated", "conflict", 1)),
        desk.rows("SELECT segment_id, target, state, reason, import_id FROM held_translation"));
  }

  @Test
  void forceAppliesAConflictAndSaysSoInHistory() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "translated", 2);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run("--force", "--translator", "Anna", file.toString()));
    assertEquals(List.of(List.of("Die Gespräche endeten.", 3, "Anna")), desk.rows("SELECT target, revision, translator FROM translation"));
    assertEquals(List.of(List.of("Die Gespräche sind zu Ende.", "translated", "Die Gespräche endeten.", "force", "Anna")),
        desk.rows("SELECT old_target, old_state, new_target, reason, translator FROM history"));
  }

  @Test
  void conflictWithoutRevisionIsFoundThroughTheExportTime() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "translated", 2);
    int export = desk.export(doc, "de", "2026-01-01T12:00:00Z");
    Path file = Xliff12.of("a.txt", "de", (long) export)
        .unit(String.valueOf(talks), "The talks ended.", "Die Gespräche endeten.", "translated", "")
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit 2: conflict: the stored translation changed at 2026-01-02T00:00:00Z, after the export at"
        + " 2026-01-01T12:00:00Z; --force applies the returned one\n"
        + summary(file, "partial as import #1", "0 applied, 0 unchanged, 0 empty, 0 stale, 1 conflict," + SUMMARY_TAIL),
        out.toString());
  }

  @Test
  void aFileStrippedOfTdAttributesDoesNotOverwriteAStoredTranslationUnasked() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "translated", 2);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "Die Gespräche endeten.", "translated", "")
        .unit(String.valueOf(kim), "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", "")
        .write(dir.resolve("de.xlf"));
    String before = desk.rows("SELECT target, revision FROM translation").toString();
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit 2: conflict: the file carries no td:rev and no td:export of this desk, so transdesk cannot"
        + " tell whether the stored translation changed after the file was made; --force applies the returned one\n"
        + summary(file, "partial as import #1", "1 applied, 0 unchanged, 0 empty, 0 stale, 1 conflict," + SUMMARY_TAIL),
        out.toString());
    assertEquals(List.of(List.of(talks, "Die Gespräche sind zu Ende.", 2), List.of(kim, "Kim Jong Un traf Joe Biden.", 1)),
        desk.rows("SELECT segment_id, target, revision FROM translation ORDER BY segment_id DESC"), before);
    assertEquals(List.of(List.of(talks, "Die Gespräche endeten.", "conflict")),
        desk.rows("SELECT segment_id, target, reason FROM held_translation"));
  }

  @Test
  void aFileStrippedOfTdAttributesMayStillRaiseTheStateOfTheStoredText() {
    desk.translation(talks, "de", "Die Gespräche endeten.", "translated", 2);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(String.valueOf(talks), "The talks ended.", "Die Gespräche endeten.", "final", "")
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()), out::toString);
    assertEquals(List.of(List.of("Die Gespräche endeten.", "final", 3)), desk.rows("SELECT target, state, revision FROM translation"));
  }

  @Test
  void codesThatOverlapInTheTargetAreInvalidAndSaidToOverlap() {
    int nested = desk.segment(doc, "<pc id=\"1\">Bold <pc id=\"2\">and</pc></pc> text.");
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(nested, "<g id=\"1\">Bold <g id=\"2\">and</g></g> text.",
            "<bx id=\"1\"/>Fett <bx id=\"2\"/>und<ex id=\"1\"/> Text<ex id=\"2\"/>.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertTrue(out.toString().startsWith(file + ":5: unit " + nested + ": invalid: inline code 1 is <pc id=\"1\"> in the source"
        + " but <sc id=\"1\"/>…<ec id=\"1\"/> in the target"), out::toString);
  }

  @Test
  void aFileRelabelledWithAnotherTargetLanguageThanItsExportIsRefused() {
    int export = desk.export(doc, "de", "2026-01-01T12:00:00Z");
    Path file = Xliff12.of("a.txt", "fr", (long) export)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .write(dir.resolve("fr.xlf"));
    String before = desk.dump();
    assertEquals(ExitCode.REJECTED, run(file.toString()));
    assertEquals("error: " + file + ":3: the file says target language fr, but export #" + export + " it answers (td:export)"
        + " went out in de; a tool changed the file's target language: set it back to de, or import the file that export #"
        + export + " wrote for de\n", err.toString());
    assertEquals(before, desk.dump());
  }

  @Test
  void aUnitReturnedTwiceInTwoFileElementsOfOneDocumentRefusesTheFile() {
    String unit = "      <trans-unit id=\"%d\"><source>%s</source><target state=\"translated\">%s</target></trans-unit>\n";
    String file = "  <file original=\"a.txt\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\n%s"
        + "  </body></file>\n";
    Path path = dir.resolve("twice.xlf");
    writeXliff(path, file.formatted(unit.formatted(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden."))
        + file.formatted(unit.formatted(talks, "The talks ended.", "Die Gespräche endeten.")
            + unit.formatted(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un begegnete Joe Biden.")));
    String before = desk.dump();
    assertEquals(ExitCode.REJECTED, run(path.toString()));
    assertEquals("error: " + path + ":8: unit id '" + kim + "' of document 'a.txt' (de) came already in an earlier <file>;"
        + " each segment may be returned once per file: remove one of them\n", err.toString());
    assertEquals(before, desk.dump());
  }

  @Test
  void aFileWithoutSourceLanguageIsReadInTheDocumentsSourceLanguage() {
    Path file = Xliff12.raw("original=\"a.txt\" target-language=\"de\" datatype=\"plaintext\"")
        .unit(String.valueOf(kim), "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", "")
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()), err::toString);
    assertEquals(List.of(List.of(kim, "Kim Jong Un traf Joe Biden.")), desk.rows("SELECT segment_id, target FROM translation"));
  }

  private static void writeXliff(Path path, String files) {
    try {
      java.nio.file.Files.writeString(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n" + files + "</xliff>\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void finalTranslationIsProtectedUnlessOverwriteFinal() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "final", 1);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit 2: protected: the stored translation is final; --overwrite-final replaces it\n"
        + summary(file, "partial as import #1", "0 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 1 protected,"
        + " 0 invalid, 0 unknown; no findings"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(ExitCode.OK, run("--overwrite-final", file.toString()));
    assertEquals(List.of(List.of("Die Gespräche endeten.", "translated", 2)), desk.rows("SELECT target, state, revision FROM translation"));
    assertEquals(List.of(List.of("final", "translated", "overwrite-final")), desk.rows("SELECT old_state, new_state, reason FROM history"));
  }

  @Test
  void protectedSegmentTakesNoTranslation() {
    int url = desk.segment(doc, "https://example.org/");
    desk.protect(url);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(url, "https://example.org/", "https://example.org/", "new", 0)
        .unit(url + 1, "x", null, null, 0)
        .write(dir.resolve("de.xlf"));
    Path changed = Xliff12.of("a.txt", "de", null)
        .unit(url, "https://example.org/", "https://example.de/", "translated", 0)
        .write(dir.resolve("de2.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString(), changed.toString()));
    assertEquals(file + ":9: unit " + (url + 1) + ": unknown: no segment " + (url + 1) + " in a.txt\n"
        + summary(file, "partial as import #1", "0 applied, 1 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected,"
        + " 0 invalid, 1 unknown; no findings")
        + changed + ":5: unit " + url + ": protected: segment " + url + " is protected: the desk never translates it\n"
        + summary(changed, "partial as import #2", "0 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 1 protected,"
        + " 0 invalid, 0 unknown; no findings"), out.toString());
    assertEquals(0, desk.count("translation"));
  }

  @Test
  void lostAddedOrBrokenCodesAreInvalid() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(bold, "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "Fetter Text<x id=\"2\"/>.", "translated", 0)
        .write(dir.resolve("lost.xlf"));
    Path added = Xliff12.of("a.txt", "de", null)
        .unit(bold, "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "<g id=\"1\">Fetter</g> Text<x id=\"2\"/><x id=\"3\"/>.", "translated", 0)
        .write(dir.resolve("added.xlf"));
    Path changed = Xliff12.of("a.txt", "de", null)
        .unit(bold, "<g id=\"1\">Bold</g> text<x id=\"2\"/>.", "<x id=\"1\"/>Fetter Text<x id=\"2\"/>.", "translated", 0)
        .write(dir.resolve("changed.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString(), added.toString(), changed.toString()));
    String tail = "0 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected, 1 invalid, 0 unknown; no findings";
    assertEquals(file + ":5: unit 3: invalid: inline code <pc id=\"1\"> of the source is missing\n"
        + summary(file, "partial as import #1", tail)
        + added + ":5: unit 3: invalid: inline code <ph id=\"3\"/> is not in the source\n"
        + summary(added, "partial as import #2", tail)
        + changed + ":5: unit 3: invalid: inline code 1 is <pc id=\"1\"> in the source but <ph id=\"1\"/> in the target\n"
        + summary(changed, "partial as import #3", tail), out.toString());
    assertEquals(0, desk.count("translation"));
  }

  @Test
  void unitATranslatorFinishedInPartIsInvalidAndItsTextHeld() throws Exception {
    // A tool split the exported sentence into two segments; only the first came back translated.
    Path file = dir.resolve("split.xlf");
    java.nio.file.Files.writeString(file, """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
        <file id="f1" original="a.txt"><unit id="%d">
        <segment state="translated"><source>Kim Jong Un met</source><target>Kim Jong Un traf</target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>Joe Biden.</source></segment>
        </unit></file></xliff>
        """.formatted(kim));
    assertEquals(ExitCode.FINDINGS, run(file.toString()), () -> out + "\n" + err);
    assertEquals(file + ":2: unit " + kim + ": invalid: 1 of the unit's 2 segments has no target: the translation is unfinished\n"
        + summary(file, "partial as import #1", "0 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected,"
        + " 1 invalid, 0 unknown; no findings"), out.toString());
    assertEquals(0, desk.count("translation"));
    assertEquals(List.of(List.of(kim, "de", "Kim Jong Un traf ", "invalid")),
        desk.rows("SELECT segment_id, lang, target, reason FROM held_translation"));
  }

  @Test
  void tradosUnitTranslatedInPartIsInvalidToo() throws Exception {
    // Trados segments a unit in seg-source and answers segment by segment; the second came back empty.
    Path file = dir.resolve("trados.sdlxliff");
    java.nio.file.Files.writeString(file, """
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
        <trans-unit id="%d"><source>Kim Jong Un met Joe Biden.</source>
        <seg-source><mrk mtype="seg" mid="1">Kim Jong Un met</mrk> <mrk mtype="seg" mid="2">Joe Biden.</mrk></seg-source>
        <target state="translated"><mrk mtype="seg" mid="1">Kim Jong Un traf</mrk> <mrk mtype="seg" mid="2"></mrk></target>
        </trans-unit></body></file></xliff>
        """.formatted(kim));
    assertEquals(ExitCode.FINDINGS, run(file.toString()), () -> out + "\n" + err);
    assertTrue(out.toString().startsWith(file + ":3: unit " + kim
        + ": invalid: 1 of the unit's 2 segments has no target: the translation is unfinished\n"), out.toString());
    assertEquals(0, desk.count("translation"));
    assertEquals(1, desk.count("held_translation"));
  }

  @Test
  void unitIdsTheDocumentDoesNotHaveAreUnknown() {
    int other = desk.document("b.txt", "en", "de");
    int foreign = desk.segment(other, "Elsewhere.");
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(foreign, "Elsewhere.", "Anderswo.", "translated", 0)
        .unit("tu-7", "The talks ended.", "Die Gespräche endeten.", "translated", "")
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.FINDINGS, run(file.toString()));
    assertEquals(file + ":5: unit " + foreign + ": unknown: no segment " + foreign + " in a.txt\n"
        + file + ":9: unit tu-7: unknown: 'tu-7' is not a transdesk unit id (segment ids are numbers)\n"
        + summary(file, "partial as import #1", "1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected,"
        + " 0 invalid, 2 unknown; no findings"), out.toString());
  }

  @Test
  void strictRefusesTheWholeFileWhenAUnitIsHeldBack() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .unit(99, "Nothing.", "Nichts.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    String before = desk.dump();
    assertEquals(ExitCode.REJECTED, run("--strict", file.toString()));
    assertEquals("error: " + file + ": 1 unit held back (1 unknown) and --strict is given; nothing written\n", err.toString());
    assertEquals(file + ":9: unit 99: unknown: no segment 99 in a.txt\n"
        + file + ": refused, nothing written; without --strict it would be: 1 applied, 0 unchanged, 0 empty, 0 stale,"
        + " 0 conflict, 0 protected, 0 invalid, 1 unknown; no findings\n", out.toString());
    assertEquals(before, desk.dump());
  }

  @Test
  void dryRunListsTheSameOutcomesAndWritesNothing() {
    desk.translation(talks, "de", "Die Gespräche sind zu Ende.", "translated", 2);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    String before = desk.dump();
    assertEquals(ExitCode.FINDINGS, run("--dry-run", "--list", "all", file.toString()));
    assertEquals(file + ":5: unit 1: applied\n"
        + file + ":9: unit 2: conflict: the stored translation is at revision 2, the file was made from revision 1;"
        + " --force applies the returned one\n"
        + summary(file, "dry run, nothing written", "1 applied, 0 unchanged, 0 empty, 0 stale, 1 conflict," + SUMMARY_TAIL),
        out.toString());
    assertEquals(before, desk.dump());
  }

  @Test
  void findingsOfAppliedUnitsAreStoredAndResolvedWhenALaterImportFixesThem() {
    int year = desk.segment(doc, "It was 2019.");
    Path wrong = Xliff12.of("a.txt", "de", null).unit(year, "It was 2019.", "Es war 2018.", "translated", 0)
        .write(dir.resolve("wrong.xlf"));
    assertEquals(ExitCode.FINDINGS, run(wrong.toString()));
    assertEquals(wrong + ":5: unit " + year + ": error number-changed: the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change\n"
        + summary(wrong, "imported as import #1", "1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict, 0 protected,"
        + " 0 invalid, 0 unknown; 1 finding (1 error)"), out.toString());
    assertEquals(List.of(java.util.Arrays.asList(year, "de", "number-changed", "error", 1, null)),
        desk.rows("SELECT segment_id, lang, rule, severity, import_id, resolved_at FROM finding"));
    Path fixed = Xliff12.of("a.txt", "de", null).unit(year, "It was 2019.", "Es war 2019.", "translated", 1)
        .write(dir.resolve("fixed.xlf"));
    assertEquals(ExitCode.OK, run(fixed.toString()));
    Object when = desk.rows("SELECT imported_at FROM import WHERE id = 2").get(0).get(0);
    assertEquals(List.of(List.of("number-changed", when)), desk.rows("SELECT rule, resolved_at FROM finding"));
  }

  @Test
  void failOnDecidesWhichFindingsMakeTheExitCodeOne() {
    int year = desk.segment(doc, "It was 2019.");
    Path wrong = Xliff12.of("a.txt", "de", null).unit(year, "It was 2019.", "Es war 2018.", "translated", 0)
        .write(dir.resolve("wrong.xlf"));
    assertEquals(ExitCode.OK, run("--dry-run", "--fail-on", "never", wrong.toString()));
    assertEquals(ExitCode.FINDINGS, run("--dry-run", "--fail-on", "warning", wrong.toString()));
    assertEquals(ExitCode.USAGE, run("--fail-on", "sometimes", wrong.toString()));
    assertTrue(err.toString().startsWith("error: --fail-on sometimes: expected one of error, warning, never; usage: "), err::toString);
  }

  @Test
  void jsonGivesTheSummaryUnitsAndFindingsOfEveryFile() throws Exception {
    int year = desk.segment(doc, "It was 2019.");
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(year, "It was 2019.", "Es war 2018.", "translated", 0)
        .unit(String.valueOf(kim), "Kim Jong Un met Joe Biden today.", "Kim Jong Un traf heute Joe Biden.", "translated", "")
        .write(dir.resolve("de.xlf"));
    Path broken = java.nio.file.Files.writeString(dir.resolve("broken.xlf"), "<xliff");
    assertEquals(ExitCode.REJECTED, run("--format", "json", file.toString(), broken.toString()));
    String sha = FileImport.sha256(file, file.toString());
    assertEquals("{\n"
        + "  \"files\" : [ {\n"
        + "    \"file\" : \"" + file + "\",\n"
        + "    \"sha256\" : \"" + sha + "\",\n"
        + "    \"status\" : \"partial\",\n"
        + "    \"import_id\" : 1,\n"
        + "    \"document\" : \"a.txt\",\n"
        + "    \"lang\" : \"de\",\n"
        + "    \"translator\" : null,\n"
        + "    \"error\" : null,\n"
        + "    \"counts\" : {\n"
        + "      \"applied\" : 1,\n"
        + "      \"unchanged\" : 0,\n"
        + "      \"empty\" : 0,\n"
        + "      \"stale\" : 1,\n"
        + "      \"conflict\" : 0,\n"
        + "      \"protected\" : 0,\n"
        + "      \"invalid\" : 0,\n"
        + "      \"unknown\" : 0,\n"
        + "      \"source_copies\" : 0,\n"
        + "      \"identical_accepted\" : 0,\n"
        + "      \"held_back\" : 1\n"
        + "    },\n"
        + "    \"findings_by_severity\" : {\n"
        + "      \"error\" : 1,\n"
        + "      \"warning\" : 0,\n"
        + "      \"info\" : 0\n"
        + "    },\n"
        + "    \"units\" : [ {\n"
        + "      \"id\" : \"1\",\n"
        + "      \"line\" : 9,\n"
        + "      \"outcome\" : \"stale\",\n"
        + "      \"reason\" : \"the returned source is not the stored source\",\n"
        + "      \"source\" : \"Kim Jong Un met Joe Biden today.\",\n"
        + "      \"stored_source\" : \"Kim Jong Un met Joe Biden.\",\n"
        + "      \"target\" : \"Kim Jong Un traf heute Joe Biden.\"\n"
        + "    } ],\n"
        + "    \"findings\" : [ {\n"
        + "      \"unit\" : \"" + year + "\",\n"
        + "      \"line\" : 5,\n"
        + "      \"rule\" : \"number-changed\",\n"
        + "      \"severity\" : \"error\",\n"
        + "      \"message\" : \"the number 2019 of the source is not in the target (found 2018 instead): keep the number,"
        + " only its formatting may change\",\n"
        + "      \"span\" : \"2018\"\n"
        + "    } ],\n"
        + "    \"notes\" : [ ]\n"
        + "  }, {\n"
        + "    \"file\" : \"" + broken + "\",\n"
        + "    \"sha256\" : \"" + FileImport.sha256(broken, broken.toString()) + "\",\n"
        + "    \"status\" : \"refused\",\n"
        + "    \"import_id\" : null,\n"
        + "    \"document\" : null,\n"
        + "    \"lang\" : null,\n"
        + "    \"translator\" : null,\n"
        + "    \"error\" : \"" + err.toString().substring("error: ".length()).strip().replace("\"", "\\\"") + "\",\n"
        + "    \"counts\" : {\n"
        + "      \"applied\" : 0,\n"
        + "      \"unchanged\" : 0,\n"
        + "      \"empty\" : 0,\n"
        + "      \"stale\" : 0,\n"
        + "      \"conflict\" : 0,\n"
        + "      \"protected\" : 0,\n"
        + "      \"invalid\" : 0,\n"
        + "      \"unknown\" : 0,\n"
        + "      \"source_copies\" : 0,\n"
        + "      \"identical_accepted\" : 0,\n"
        + "      \"held_back\" : 0\n"
        + "    },\n"
        + "    \"findings_by_severity\" : {\n"
        + "      \"error\" : 0,\n"
        + "      \"warning\" : 0,\n"
        + "      \"info\" : 0\n"
        + "    },\n"
        + "    \"units\" : [ ],\n"
        + "    \"findings\" : [ ],\n"
        + "    \"notes\" : [ ]\n"
        + "  } ],\n"
        + "  \"exit_code\" : 3\n"
        + "}\n", out.toString());
    assertEquals(1, err.toString().lines().count());
  }

  @Test
  void sameTextWithAStateThatMovesForwardIsAppliedAndOneThatMovesBackIsUnchanged() {
    desk.translation(kim, "de", "Kim Jong Un traf Joe Biden.", "translated", 1);
    desk.translation(talks, "de", "Die Gespräche endeten.", "reviewed", 1);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "signed-off", 1)
        .unit(talks, "The talks ended.", "Die Gespräche endeten.", "translated", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run("--list", "all", file.toString()));
    assertEquals(file + ":5: unit 1: applied\n" + file + ":9: unit 2: unchanged\n"
        + summary(file, "imported as import #1", "1 applied, 1 unchanged, 0 empty, 0 stale, 0 conflict," + SUMMARY_TAIL),
        out.toString());
    assertEquals(List.of(List.of(kim, "reviewed", 2), List.of(talks, "reviewed", 1)),
        desk.rows("SELECT segment_id, state, revision FROM translation ORDER BY segment_id"));
  }

  @Test
  void needsReviewOnAnUnchangedTextFlagsItForUpdate() {
    desk.translation(kim, "de", "Kim Jong Un traf Joe Biden.", "translated", 1);
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "needs-review-translation", 1)
        .write(dir.resolve("de.xlf"));
    assertEquals(ExitCode.OK, run(file.toString()));
    assertEquals(List.of(List.of("needs-update", 2)), desk.rows("SELECT state, revision FROM translation"));
    assertEquals(List.of(List.of("translated", "needs-update")), desk.rows("SELECT old_state, new_state FROM history"));
  }

  @Test
  void missingFileIsRefusedAndTheOthersAreStillImported() {
    Path file = Xliff12.of("a.txt", "de", null)
        .unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un traf Joe Biden.", "translated", 0)
        .write(dir.resolve("de.xlf"));
    Path missing = dir.resolve("missing.xlf");
    assertEquals(ExitCode.REJECTED, run(missing.toString(), file.toString()));
    assertEquals("error: " + missing + ": no such file; check the path\n", err.toString());
    assertEquals(summary(file, "imported as import #1", "1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict," + SUMMARY_TAIL),
        out.toString());
  }

  @Test
  void aGlossaryWithoutEntriesForThePairSaysSoOnceOnStderr() throws Exception {
    Path titles = dir.resolve("titles.csv");
    java.nio.file.Files.writeString(titles, "type,source,target_lang,target,forbidden,match,note\ntitle,talks,de,Gespräche,,,\n");
    Path fr = Xliff12.of("a.txt", "fr", null).unit(talks, "The talks ended.", "Les pourparlers ont pris fin.", "translated", 0)
        .write(dir.resolve("fr.xlf"));
    Path again = Xliff12.of("a.txt", "fr", null).unit(kim, "Kim Jong Un met Joe Biden.", "Kim Jong Un a rencontré Joe Biden.", "translated", 0)
        .write(dir.resolve("fr2.xlf"));
    assertEquals(ExitCode.OK, run("--glossary", titles.toString(), fr.toString(), again.toString()), () -> out + "\n" + err);
    assertEquals("import: the glossaries loaded have no entries for en → fr, so the glossary checks do not apply to this pair ("
        + titles + " has target de)\n", err.toString());
    assertEquals(fr + ": imported as import #1 into a.txt (fr): 1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict," + SUMMARY_TAIL + "\n"
        + again + ": imported as import #2 into a.txt (fr): 1 applied, 0 unchanged, 0 empty, 0 stale, 0 conflict," + SUMMARY_TAIL + "\n",
        out.toString());
  }
}
