package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.store.Database;
import org.transdesk.store.DatabaseDump;
import org.transdesk.store.ExportFixtures;
import org.transdesk.store.ExportStore;
import org.transdesk.store.Immutable;
import org.transdesk.xliff.XliffSchemas;

class ExportCommandTest {
  @TempDir Path dir;
  private Path db;
  private Path out;
  private Path glossary;

  /** Two documents: brief.txt (de) and news/talks.html (de, fr) with codes, a protected segment and translations in every state. */
  @BeforeEach
  void desk() throws IOException {
    db = dir.resolve("desk.db");
    out = dir.resolve("xliff");
    glossary = Files.writeString(dir.resolve("names.csv"), """
        type,source,target_lang,target,forbidden,match,note
        name,Kim Jong Un,*,,Kim Jong-un,,North Korea's ruler
        name,Sung Kim,*,,,,
        title,special envoy,de,Sondergesandter,Sonderbotschafter,,
        """);
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long talks = desk.document("news/talks.html", "html", "en", "de", "fr");
      long brief = desk.document("brief.txt", "text", "en", "de");
      long s1 = desk.segment(talks, "Talks &amp; more resume.");
      desk.segment(talks, "Write to <ph id=\"1\"/>.", "{\"1\":{\"data\":\"press@example.org\",\"protected\":true}}", false);
      desk.segment(talks, "press@example.org", null, true);
      long s4 = desk.segment(talks, "Kim Jong Un <pc id=\"1\">spoke</pc>.", "{\"1\":{\"open\":\"<b>\",\"close\":\"</b>\"}}", false);
      long s5 = desk.segment(talks, "The special envoy Sung Kim met Noh Kyu Duk.");
      long s6 = desk.segment(talks, "Reviewed already.");
      desk.segment(brief, "One sentence.");
      desk.translation(s1, "de", "Gespräche &amp; mehr beginnen wieder.", "translated", 2, null);
      desk.translation(s4, "de", "Kim Jong Un <pc id=\"1\">sprach</pc>.", "final", 3, null);
      desk.translation(s5, "de", "Sondergesandter Sung Kim traf Noh.", "needs-update", 1, "The special envoy Sung Kim met Noh.");
      desk.translation(s6, "de", "Schon geprüft.", "reviewed", 4, null);
    }
  }

  private CliRun export(String... args) {
    String[] all = Stream.concat(Stream.of("export", "--out", out.toString(), "--glossary", glossary.toString()), Stream.of(args))
        .toArray(String[]::new);
    return CliRun.run(db, all);
  }

  private String read(String relative) throws IOException {
    return Files.readString(out.resolve(relative));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExportCommandTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesOneFilePerDocumentAndLanguageUnderLanguageFolders() throws IOException {
    CliRun run = export();
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(out + "/de/brief.de.xlf: 1 unit, export 1\n"
        + out + "/de/news/talks.de.xlf: 5 units, export 2\n"
        + out + "/fr/news/talks.fr.xlf: 6 units, export 3\n", run.out());
    assertEquals("exported 3 files, 12 units, as XLIFF 1.2\n", run.err());
    assertEquals(resource("/xliff/export/talks.de.xlf"), read("de/news/talks.de.xlf"));
    assertEquals(List.of("brief.de.xlf", "news"), list(out.resolve("de")));
  }

  @Test
  void writesXliff20WithTheSameUnits() throws IOException {
    CliRun run = export("--xliff-version", "2.0", "--lang", "de", "--doc", "news/talks.html");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertEquals(out + "/de/news/talks.de.xlf: 5 units, export 1\n", run.out());
    assertEquals(resource("/xliff/export/talks.de.2.0.xlf"), read("de/news/talks.de.xlf"));
  }

  @Test
  void glossaryHintsGiveANameItsSourceSpellingOnlyInTheSourcesScript() throws IOException {
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long north = desk.document("north.txt", "text", "en", "ja", "pl");
      desk.segment(north, "Kim Jong Un met Sung Kim in Pyongyang.");
    }
    glossary = Files.writeString(dir.resolve("names.csv"), """
        type,source,target_lang,target,forbidden,match,note
        name,Kim Jong Un,*,,Kim Jong-un,,
        name,Pyongyang,de,Pjöngjang,,,
        """);
    CliRun run = export("--doc", "north.txt");
    assertEquals(ExitCode.OK, run.code(), run.err());
    // Japanese: only the row for every language; Polish, in Latin letters: every name as in the source.
    assertEquals(List.of("Kim Jong Un (name): Kim Jong Un; not: Kim Jong-un"), glossaryNotes(read("ja/north.ja.xlf")));
    assertEquals(List.of("Kim Jong Un (name): Kim Jong Un; not: Kim Jong-un", "Pyongyang (name): Pyongyang"),
        glossaryNotes(read("pl/north.pl.xlf")));
  }

  private static List<String> glossaryNotes(String xliff) {
    return xliff.lines().map(String::strip).filter(line -> line.startsWith("<note from=\"transdesk-glossary\""))
        .map(line -> line.substring(line.indexOf('>') + 1, line.lastIndexOf('<'))).toList();
  }

  @Test
  void everyExportIsRecordedWithTheFilesSha256() throws Exception {
    export();
    try (Database database = Database.open(db.toString())) {
      List<ExportStore.Export> rows = new ExportStore(database).exports();
      assertEquals(List.of(
          "1 2 1 de " + out + "/de/brief.de.xlf 1.2 1 " + sha256(out.resolve("de/brief.de.xlf")),
          "2 1 1 de " + out + "/de/news/talks.de.xlf 1.2 5 " + sha256(out.resolve("de/news/talks.de.xlf")),
          "3 1 1 fr " + out + "/fr/news/talks.fr.xlf 1.2 6 " + sha256(out.resolve("fr/news/talks.fr.xlf"))),
          rows.stream().map(r -> r.id() + " " + r.documentId() + " " + r.documentVersion() + " " + r.lang() + " " + r.file() + " "
              + r.xliffVersion() + " " + r.units() + " " + r.sha256()).toList());
    }
  }

  @Test
  void exportingAgainWithNothingChangedGivesTheSameBytesAndNoNewRow() throws IOException {
    export();
    byte[] first = Files.readAllBytes(out.resolve("de/news/talks.de.xlf"));
    String dump = DatabaseDump.of(db.toString());
    CliRun again = export();
    assertEquals(ExitCode.OK, again.code());
    assertEquals(out + "/de/brief.de.xlf: 1 unit, export 1 (unchanged)\n"
        + out + "/de/news/talks.de.xlf: 5 units, export 2 (unchanged)\n"
        + out + "/fr/news/talks.fr.xlf: 6 units, export 3 (unchanged)\n", again.out());
    assertArrayEquals(first, Files.readAllBytes(out.resolve("de/news/talks.de.xlf")));
    assertEquals(dump, DatabaseDump.of(db.toString()));
  }

  @Test
  void aChangedTranslationGivesANewExportWhoseIdTheFileCarries() throws Exception {
    export();
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      desk.retranslate(1, "de", "Die Gespräche gehen weiter.", "reviewed");
    }
    CliRun run = export("--lang", "de");
    assertEquals(out + "/de/brief.de.xlf: 1 unit, export 1 (unchanged)\n"
        + out + "/de/news/talks.de.xlf: 5 units, export 4\n", run.out());
    String file = read("de/news/talks.de.xlf");
    assertEquals(1, count(file, "td:export=\"4\""));
    assertEquals(1, count(file, "<target state=\"signed-off\">Die Gespräche gehen weiter.</target>"));
    try (Database database = Database.open(db.toString())) {
      assertEquals(sha256(out.resolve("de/news/talks.de.xlf")), new ExportStore(database).export(4).orElseThrow().sha256());
    }
    assertEquals(List.of("brief.de.xlf", "news"), list(out.resolve("de")));
    assertEquals(List.of("talks.de.xlf"), list(out.resolve("de/news")));
  }

  @Test
  void aFileEditedInPlaceIsLeftAloneAndTheOthersAreExported() throws Exception {
    export();
    Path edited = out.resolve("de/news/talks.de.xlf");
    String work = read("de/news/talks.de.xlf").replace("<source>Reviewed already.</source>", "<source>Reviewed already.</source><!-- WIP -->");
    Files.writeString(edited, work);
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      desk.translation(7, "de", "Ein Satz.", "translated", 1, null);
    }
    CliRun run = export();
    assertEquals(ExitCode.FINDINGS, run.code());
    assertEquals(out + "/de/brief.de.xlf: 1 unit, export 4\n"
        + out + "/fr/news/talks.fr.xlf: 6 units, export 3 (unchanged)\n", run.out());
    assertEquals("error: " + edited + ": changed since transdesk wrote it (edited in place?), so it was left alone and not exported;"
        + " import it first (transdesk import " + edited + "), move it away, or export with --overwrite to replace it\n"
        + "exported 2 files, 7 units, as XLIFF 1.2; 1 file changed in place left alone\n", run.err());
    assertEquals(work, Files.readString(edited));
    assertEquals(List.of("talks.de.xlf"), list(out.resolve("de/news")));
    assertEquals(List.of("4 de"), newRows());
  }

  @Test
  void aFileEditedInPlaceAndThenImportedIsReplacedByTheNextExport() throws Exception {
    export();
    Path edited = out.resolve("de/news/talks.de.xlf");
    Files.writeString(edited, read("de/news/talks.de.xlf").replace("<source>Reviewed already.</source>",
        "<source>Reviewed already.</source><!-- WIP -->"));
    // as the refusal advises: import it first; its content is then in the database
    CliRun imported = CliRun.run(db, "import", "--fail-on", "never", edited.toString());
    assertTrue(imported.code() == ExitCode.OK || imported.code() == ExitCode.FINDINGS, imported.err());
    CliRun run = export("--lang", "de");
    assertEquals(ExitCode.OK, run.code(), run.err());
    assertFalse(Files.readString(edited).contains("<!-- WIP -->"));
  }

  @Test
  void overwriteReplacesAFileEditedInPlace() throws Exception {
    export();
    byte[] exported = Files.readAllBytes(out.resolve("de/news/talks.de.xlf"));
    Files.writeString(out.resolve("de/news/talks.de.xlf"), "edited");
    CliRun run = export("--overwrite");
    assertEquals(ExitCode.OK, run.code());
    assertEquals("", run.err().replaceAll("exported .*\n", ""));
    assertArrayEquals(exported, Files.readAllBytes(out.resolve("de/news/talks.de.xlf")));
  }

  @Test
  void aFileAsAnEarlierExportWroteItIsReplacedByANewExport() throws Exception {
    export();
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      desk.retranslate(1, "de", "Die Gespräche gehen weiter.", "reviewed");
    }
    export("--lang", "de");
    Path file = out.resolve("de/news/talks.de.xlf");
    byte[] second = Files.readAllBytes(file);
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      desk.retranslate(1, "de", "Die Gespräche gehen wieder weiter.", "reviewed");
    }
    Files.write(file, second);
    CliRun run = export("--lang", "de");
    assertEquals(ExitCode.OK, run.code());
    assertEquals(out + "/de/brief.de.xlf: 1 unit, export 1 (unchanged)\n" + out + "/de/news/talks.de.xlf: 5 units, export 5\n", run.out());
  }

  @Test
  void theJsonOutcomeOfAFileEditedInPlaceIsKept() throws Exception {
    export();
    Files.writeString(out.resolve("de/brief.de.xlf"), "edited");
    CliRun run = export("--lang", "de", "--format", "json");
    assertEquals(ExitCode.FINDINGS, run.code());
    JsonNode brief = new ObjectMapper().readTree(run.out()).get("files").get(0);
    assertEquals("{\"document\":\"brief.txt\",\"lang\":\"de\",\"file\":\"" + out + "/de/brief.de.xlf\",\"units\":1,"
        + "\"export_id\":null,\"outcome\":\"kept\"}", brief.toString());
  }

  /** The export rows after the first export's three, as "id lang". */
  private List<String> newRows() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Database database = Database.open(db.toString())) {
      for (ExportStore.Export row : new ExportStore(database).exports()) {
        if (row.id() > 3) rows.add(row.id() + " " + row.lang());
      }
    }
    return rows;
  }

  @Test
  void onlyUntranslatedTakesNewUnitsThatAreNotProtected() throws IOException {
    export("--only", "untranslated", "--lang", "de", "--doc", "news/talks.html");
    assertEquals(List.of("<trans-unit id=\"2\""), unitStarts(read("de/news/talks.de.xlf")));
  }

  @Test
  void onlyNeedsUpdateTakesTheChangedSources() throws IOException {
    export("--only", "needs-update", "--lang", "de", "--doc", "news/talks.html");
    assertEquals(List.of("<trans-unit id=\"5\""), unitStarts(read("de/news/talks.de.xlf")));
  }

  @Test
  void onlyAllTakesFinalUnitsToo() throws IOException {
    export("--only", "all", "--lang", "de", "--doc", "news/talks.html");
    assertEquals(List.of("<trans-unit id=\"1\"", "<trans-unit id=\"2\"", "<trans-unit id=\"3\"", "<trans-unit id=\"4\"",
        "<trans-unit id=\"5\"", "<trans-unit id=\"6\""), unitStarts(read("de/news/talks.de.xlf")));
  }

  @Test
  void nothingSelectedWritesNoFileAndSaysSo() {
    CliRun run = export("--only", "needs-update", "--doc", "brief.txt");
    assertEquals(ExitCode.OK, run.code());
    assertEquals("", run.out());
    assertEquals("brief.txt: no needs-update units for de; no file written\nexported 0 files, 0 units, as XLIFF 1.2\n", run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void prefillSourceCopiesTheSourceIntoUntranslatedTargetsAndMarksThem() throws IOException {
    export("--prefill-source", "--only", "untranslated", "--lang", "de", "--doc", "news/talks.html");
    assertEquals("""
              <trans-unit id="2" td:fingerprint="%s" td:rev="0" td:prefill="yes">
                <source>Write to <ph id="1">press@example.org</ph>.</source>
                <target state="new">Write to <ph id="1">press@example.org</ph>.</target>
              </trans-unit>
        """.formatted(org.transdesk.ingest.Fingerprint.of("Write to <ph id=\"1\"/>.")), units(read("de/news/talks.de.xlf")));
  }

  @Test
  void withoutPrefillUntranslatedUnitsHaveNoTarget() throws IOException {
    export("--only", "untranslated", "--lang", "de", "--doc", "news/talks.html");
    assertEquals(0, count(read("de/news/talks.de.xlf"), "<target"));
  }

  @Test
  void unknownDocumentIsRejectedAndNothingIsWritten() {
    String before = DatabaseDump.of(db.toString());
    CliRun run = export("--doc", "news/other.html");
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: no document named 'news/other.html' in " + db + "; transdesk status lists the documents\n", run.err());
    assertFalse(Files.exists(out));
    assertEquals(before, DatabaseDump.of(db.toString()));
  }

  @Test
  void languageNoDocumentTargetsIsRejected() {
    CliRun run = export("--lang", "es");
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: no document is to be translated into es (target languages: de, fr); add it with transdesk ingest --targets\n",
        run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void languageOnlyOtherDocumentsTargetIsRejectedForTheDocumentsGiven() {
    CliRun run = export("--lang", "fr", "--doc", "brief.txt");
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: none of the documents given is to be translated into fr (target languages: de);"
        + " add it with transdesk ingest --targets\n", run.err());
  }

  @Test
  void malformedLanguageTagIsAUsageError() {
    CliRun run = export("--lang", "d3");
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals("error: unknown language tag 'd3': give a BCP 47 tag such as de or fr-CA; usage: transdesk export [options] (see transdesk help export)\n", run.err());
  }

  @Test
  void unknownXliffVersionAndOnlyValuesAreUsageErrors() {
    assertEquals("error: unknown XLIFF version '2.1': use 1.2 or 2.0; usage: transdesk export [options] (see transdesk help export)\n", firstLine(export("--xliff-version", "2.1")));
    assertEquals("error: unknown --only 'final': use untranslated, needs-update or all; usage: transdesk export [options] (see transdesk help export)\n", firstLine(export("--only", "final")));
  }

  @Test
  void outThatIsAFileIsAUsageErrorAndNothingIsWritten() throws IOException {
    Files.writeString(out, "not a folder");
    String before = DatabaseDump.of(db.toString());
    CliRun run = export();
    assertEquals(ExitCode.USAGE, run.code());
    assertEquals("error: --out " + out + " is a file, not a folder; name a folder (it is created when missing); usage: transdesk export [options] (see transdesk help export)\n", firstLine(run));
    assertEquals("not a folder", Files.readString(out));
    assertEquals(before, DatabaseDump.of(db.toString()));
  }

  @Test
  void outInsideAFileIsRejected() throws IOException {
    Files.writeString(dir.resolve("file"), "x");
    out = dir.resolve("file/xliff");
    CliRun run = export("--lang", "fr");
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: " + dir.resolve("file") + " is a file, so " + out + "/fr/news/talks.fr.xlf cannot be written;"
        + " move it away or choose another --out\n", run.err());
  }

  @Test
  void outThatIsNotWritableIsRejectedAndNothingIsWritten() throws IOException {
    Files.createDirectories(out);
    try (Immutable immutable = new Immutable()) {
      assumeTrue(immutable.set(out), "chattr +i is not available here");
      String before = DatabaseDump.of(db.toString());
      CliRun run = export();
      assertEquals(ExitCode.REJECTED, run.code());
      assertEquals("error: folder " + out + " is not writable, so " + out + "/de/brief.de.xlf cannot be written;"
          + " fix its permissions or choose another --out\n", run.err());
      assertEquals(before, DatabaseDump.of(db.toString()));
      assertEquals(List.of(), list(out));
    }
  }

  @Test
  void documentNameClimbingOutOfOutIsRejectedAndNothingIsWritten() throws IOException {
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long escape = desk.document("../../etc/escape.txt", "text", "en", "de");
      desk.segment(escape, "Out.");
    }
    String before = DatabaseDump.of(db.toString());
    CliRun run = export();
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: document '../../etc/escape.txt': its name climbs out of the --out folder with '..', so nothing was written;"
        + " ingest the article under a name without '..' (from its own folder) or export the other documents with --doc\n", run.err());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(dir.resolve("etc")));
    assertEquals(before, DatabaseDump.of(db.toString()));
  }

  @Test
  void absoluteDocumentNameStaysInsideOut() throws IOException {
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long absolute = desk.document("/srv/feed/item.txt", "text", "en", "de");
      desk.segment(absolute, "Inside.");
    }
    CliRun run = export("--doc", "/srv/feed/item.txt");
    assertEquals(out + "/de/srv/feed/item.de.xlf: 1 unit, export 1\n", run.out());
  }

  @Test
  void twoDocumentsForOneFileAreRejected() {
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long other = desk.document("news/talks.txt", "text", "en", "de");
      desk.segment(other, "Clash.");
    }
    CliRun run = export();
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals("error: documents 'news/talks.html' and 'news/talks.txt' would both be written to " + out + "/de/news/talks.de.xlf;"
        + " export them one at a time with --doc and different --out folders\n", run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void emptyDatabaseHasNothingToExport() {
    assertEquals(ExitCode.OK, CliRun.run(dir.resolve("empty.db"), "init", dir.toString()).code());
    CliRun run = CliRun.run(dir.resolve("empty.db"), "export", "--out", out.toString());
    assertEquals(ExitCode.OK, run.code());
    assertEquals("nothing to export: no documents yet; add articles with transdesk ingest\n", run.err());
  }

  @Test
  void argumentsAreAUsageError() {
    assertEquals("error: export takes no arguments, got 'brief.txt'; pick documents with --doc; usage: transdesk export [options] (see transdesk help export)\n", firstLine(export("brief.txt")));
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws IOException {
    export();
    export("--only", "all");
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void aLongDocumentIsReadOnASecondThreadAndWrittenWhole() throws IOException {
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      long book = desk.document("long.txt", "text", "en", "de");
      desk.segments(book, 5000);
    }
    CliRun run = export("--doc", "long.txt");
    assertEquals(out + "/de/long.de.xlf: 5000 units, export 1\n", run.out());
    String xliff = read("de/long.de.xlf");
    List<String> ids = unitStarts(xliff);
    assertEquals(5000, ids.size());
    assertEquals("<trans-unit id=\"8\"", ids.get(0));
    assertEquals("<trans-unit id=\"5007\"", ids.get(4999));
    assertEquals(1, count(xliff, "<source>Sentence 5000.</source>"));
    assertEquals(List.of(), XliffSchemas.errors("1.2", out.resolve("de/long.de.xlf")));
  }

  /**
   * Many short articles (2,400 units in all) go through the reading thread as one stream: every
   * file must get exactly its own document's units, the ids in order, and a document with nothing
   * selected in the middle no file; a change in one document gives that file alone a new export.
   */
  @Test
  void manyShortDocumentsStreamThroughOneReaderEachIntoItsOwnFile() throws Exception {
    List<Long> firstIds = new ArrayList<>();
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      for (int d = 1; d <= 60; d++) {
        long document = desk.document(String.format("desk/a%02d.txt", d), "text", "en", "de");
        long first = desk.segment(document, "Article " + d + " begins.");
        firstIds.add(first);
        for (int s = 2; s <= 40; s++) desk.segment(document, "Article " + d + ", sentence " + s + ".");
        if (d == 30) {
          for (long id = first; id < first + 40; id++) desk.translation(id, "de", "Fertig.", "final", 1, null);
        }
      }
    }
    List<String> args = new ArrayList<>(List.of("--lang", "de"));
    for (int d = 1; d <= 60; d++) args.addAll(List.of("--doc", String.format("desk/a%02d.txt", d)));
    CliRun run = export(args.toArray(String[]::new));
    assertEquals(ExitCode.OK, run.code(), run.err());
    for (int d = 1; d <= 60; d++) {
      Path file = out.resolve(String.format("de/desk/a%02d.de.xlf", d));
      if (d == 30) {
        assertFalse(Files.exists(file), "a document with every unit final gets no file");
        continue;
      }
      String xliff = Files.readString(file);
      List<String> ids = unitStarts(xliff);
      assertEquals(40, ids.size(), file.toString());
      assertEquals("<trans-unit id=\"" + firstIds.get(d - 1) + "\"", ids.get(0));
      assertEquals("<trans-unit id=\"" + (firstIds.get(d - 1) + 39) + "\"", ids.get(39));
      assertEquals(1, count(xliff, "original=\"" + String.format("desk/a%02d.txt", d) + "\""));
      assertEquals(40, count(xliff, "Article " + d + " ") + count(xliff, "Article " + d + ","), file.toString());
      // Files carry their export ids in document order, the empty one taking none.
      assertEquals(1, count(xliff, "td:export=\"" + (d < 30 ? d : d - 1) + "\""), file.toString());
    }
    assertEquals(List.of(), XliffSchemas.errors("1.2", out.resolve("de/desk/a59.de.xlf")));

    byte[] before = Files.readAllBytes(out.resolve("de/desk/a60.de.xlf"));
    try (ExportFixtures desk = ExportFixtures.open(db.toString())) {
      desk.translation(firstIds.get(9), "de", "Artikel 10 beginnt.", "translated", 1, null);
    }
    CliRun again = export("--lang", "de", "--doc", "desk/a10.txt", "--doc", "desk/a60.txt");
    assertEquals(out + "/de/desk/a10.de.xlf: 40 units, export 60\n" + out + "/de/desk/a60.de.xlf: 40 units, export 59 (unchanged)\n",
        again.out());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("de/desk/a60.de.xlf")));
  }

  @Test
  void everyExportedFileIsValidXliff12() throws IOException {
    export("--only", "all");
    for (Path file : files(out)) assertEquals(List.of(), XliffSchemas.errors("1.2", file), file.toString());
  }

  @Test
  void everyExportedFileIsValidXliff20() throws IOException {
    export("--only", "all", "--xliff-version", "2.0");
    for (Path file : files(out)) assertEquals(List.of(), XliffSchemas.errors("2.0", file), file.toString());
  }

  @Test
  void pocountCountsTheSameUnitsAndUntranslatedUnitsAsStatus() throws Exception {
    Pocount.require();
    export("--only", "all");
    for (String lang : List.of("de", "fr")) {
      Map<String, Integer> states = statusCounts("news/talks.html", lang);
      Pocount counts = Pocount.of(out.resolve(lang + "/news/talks." + lang + ".xlf"));
      assertEquals(states.values().stream().mapToInt(Integer::intValue).sum(), counts.total(), lang);
      assertEquals(states.get("new"), counts.untranslated(), lang);
    }
    assertEquals(new Pocount(5, 2, 2, 1), Pocount.of(out.resolve("de/news/talks.de.xlf")));
  }

  /** The state counts `transdesk status --format json` gives for a document and language. */
  private Map<String, Integer> statusCounts(String document, String lang) throws IOException {
    CliRun status = CliRun.run(db, "status", "--format", "json");
    for (JsonNode doc : new ObjectMapper().readTree(status.out()).get("documents")) {
      if (!doc.get("name").asText().equals(document)) continue;
      Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      doc.get("languages").get(lang).fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
      return counts;
    }
    throw new AssertionError(document + " not in " + status.out());
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String firstLine(CliRun run) {
    return run.err().substring(0, run.err().indexOf('\n') + 1);
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> unitStarts(String xliff) {
    return xliff.lines().map(String::strip).filter(l -> l.startsWith("<trans-unit"))
        .map(l -> l.substring(0, l.indexOf('"', l.indexOf('"') + 1) + 1)).toList();
  }

  /** The trans-unit elements of a file, as written. */
  private static String units(String xliff) {
    return xliff.substring(xliff.indexOf("      <trans-unit"), xliff.indexOf("    </body>"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
    return n;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
