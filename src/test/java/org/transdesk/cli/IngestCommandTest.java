package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.store.DatabaseDump;

class IngestCommandTest {
  private static final String SAMPLE = "articles/north-korea-talks.txt";

  @TempDir Path dir;
  private String db;
  private String out;
  private String err;

  @BeforeEach
  void database() {
    db = dir.resolve("desk.db").toString();
  }

  private ExitCode run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--db", db));
    all.addAll(List.of(args));
    ExitCode code = Main.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e), Map.of(), false);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void quickStartIngestsTheSampleAndShowsItsStatus() {
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "en", "--targets", "de,fr", "articles/"));
    assertEquals("articles/north-korea-talks.txt: version 1: 37 new, 0 unchanged, 0 changed, 0 dropped; 37 segments, 541 words;"
        + " targets added: de,fr\n", out);
    assertEquals("", err);
    assertEquals(ExitCode.OK, run("status"));
    assertEquals("""
        articles/north-korea-talks.txt  version 1, en, text: 37 segments, 541 words
          de: new 37 translated 0 reviewed 0 final 0 needs-update 0
          fr: new 37 translated 0 reviewed 0 final 0 needs-update 0
        """, out);
  }

  @Test
  void ingestingTheSameFileAgainChangesNothingAndSaysSo() {
    run("ingest", "--targets", "de", SAMPLE);
    String before = DatabaseDump.of(db);
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", SAMPLE));
    assertEquals("articles/north-korea-talks.txt: identical to version 1, nothing changed\n", out);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void statusAsJsonHasTheContractsShape() {
    run("ingest", "--targets", "de", SAMPLE);
    assertEquals(ExitCode.OK, run("status", "--format", "json"));
    assertEquals("""
        {
          "documents" : [ {
            "name" : "articles/north-korea-talks.txt",
            "version" : 1,
            "sourceLang" : "en",
            "format" : "text",
            "segments" : 37,
            "words" : 541,
            "protected" : 0,
            "languages" : {
              "de" : {
                "new" : 37,
                "translated" : 0,
                "reviewed" : 0,
                "final" : 0,
                "needs-update" : 0
              }
            }
          } ]
        }
        """, out);
  }

  @Test
  void summaryAsJson() {
    assertEquals(ExitCode.OK, run("ingest", "--summary", "json", SAMPLE));
    assertEquals("""
        {
          "files" : [ {
            "name" : "articles/north-korea-talks.txt",
            "outcome" : "new",
            "version" : 1,
            "segments" : 37,
            "new" : 37,
            "unchanged" : 0,
            "changed" : 0,
            "restored" : 0,
            "dropped" : 0,
            "words" : 541,
            "needs_update" : 0,
            "targets_added" : [ ]
          } ]
        }
        """, out);
  }

  @Test
  void missingFileIsRefusedAndNothingIsWritten() {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path missing = dir.resolve("gone.txt");
    assertEquals(ExitCode.REJECTED, run("ingest", SAMPLE, missing.toString()));
    assertEquals("error: " + missing + ": no such file or folder; check the path\n", err);
    assertEquals("", out);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void folderWithNothingIngestibleIsRefused() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path folder = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(folder.resolve("notes.pdf"), "x");
    assertEquals(ExitCode.REJECTED, run("ingest", folder.toString()));
    assertEquals("error: " + folder + ": folder has no .txt, .html, .htm or .md files to ingest; name the articles' folder or files\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void unsupportedFileTypeIsRefused() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path file = Files.writeString(dir.resolve("story.docx"), "text");
    assertEquals(ExitCode.REJECTED, run("ingest", SAMPLE, file.toString()));
    assertEquals("error: " + file + ": unsupported file type; transdesk reads .txt, .html, .htm and .md articles"
        + " (or pass --format text|html|markdown)\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void markdownNestedThousandsOfLevelsDeepIsRefusedAndTheNextArticleStillReads() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path quotes = Files.writeString(dir.resolve("quotes.md"), "> ".repeat(5000) + "Kim met Biden.\n");
    StringBuilder lists = new StringBuilder();
    for (int level = 0; level < 5000; level++) lists.append("  ".repeat(level)).append("- item\n");
    Path nested = Files.writeString(dir.resolve("lists.md"), lists);
    for (Path file : List.of(quotes, nested)) {
      assertRefused(file, "quotes, lists or elements nested thousands of levels deep, more than the markdown"
          + " reader can follow; an article is never built like this: check the file", before);
    }
    Path fine = Files.writeString(dir.resolve("fine.md"), "> Kim met Biden.\n");
    assertEquals(ExitCode.OK, run("ingest", fine.toString()));
  }

  @Test
  void binaryFileIsRefused() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    assertEquals(ExitCode.REJECTED, run("ingest", file.toString()));
    assertEquals("error: " + file + ": binary file, not a text, HTML or Markdown article; give the article as UTF-8 text\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void articleSavedAsUtf16WithAByteOrderMarkIsRead() throws Exception {
    // What Windows editors save as "Unicode": little-endian, and big-endian too.
    String article = "Titel\n\nGrüße aus Köln. Kim traf Biden.\n";
    Path little = Files.write(dir.resolve("le.txt"), ("\uFEFF" + article).getBytes(StandardCharsets.UTF_16LE));
    Path big = Files.write(dir.resolve("be.txt"), ("\uFEFF" + article).getBytes(StandardCharsets.UTF_16BE));
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "de", little.toString(), big.toString()), err);
    assertEquals(little + ": version 1: 3 new, 0 unchanged, 0 changed, 0 dropped; 3 segments, 7 words\n"
        + big + ": version 1: 3 new, 0 unchanged, 0 changed, 0 dropped; 3 segments, 7 words\n", out);
  }

  @Test
  void htmlDeclaringACharacterSetJavaDoesNotKnowIsRefused() throws Exception {
    // Found by fuzzing: Okapi's HTML filter looked the <meta charset> up and crashed on a bad name.
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path crash = Path.of("src/test/resources/fuzz/article/crash-meta-charset.html");
    assertEquals(ExitCode.REJECTED, run("ingest", crash.toString()));
    assertEquals("error: " + crash + ": the file declares the character set '<g id=', which Java does not know;"
        + " save the article as UTF-8 and declare <meta charset=\"utf-8\"> (or none)\n", err);
    Path unknown = Files.writeString(dir.resolve("old.html"), "<html><head><meta charset=\"x-no-such-set\"></head><body><p>Hi.</p></body></html>");
    assertEquals(ExitCode.REJECTED, run("ingest", unknown.toString()));
    assertEquals(before, DatabaseDump.of(db));
  }

  /** A new version without a sentence would drop every segment of the one before (and its translations with them). */
  @Test
  void articleWithoutASentenceIsRefusedAndTheStoredVersionStays() throws Exception {
    Path article = Files.writeString(dir.resolve("talks.md"), "# Talks resume\n\nThe talks resumed on Monday.\n");
    assertEquals(ExitCode.OK, run("ingest", article.toString()));
    String before = DatabaseDump.of(db);
    Files.writeString(article, "---\ntitle: Talks resume\n\nThe talks resumed on Monday.\n");
    assertRefused(article, "no sentence to translate in it (its first line '---' opens front matter that no later"
        + " '---' closes, so the whole file is read as front matter); nothing stored, check the file", before);
    Path markup = Files.writeString(dir.resolve("widget.html"), "<html><body><script>var a = 1;</script><img src=\"a.png\"></body></html>");
    assertRefused(markup, "no sentence to translate in it (only markup, code or data); nothing stored, check the file", before);
  }

  /** Runs ingest on the file and checks exit 3, the one error line, and a database as it was. */
  private void assertRefused(Path file, String message, String before) {
    assertEquals(ExitCode.REJECTED, run("ingest", file.toString()));
    assertEquals("error: " + file + ": " + message + "\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void textInAnotherEncodingIsRefusedWithItsLine() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path file = Files.write(dir.resolve("latin1.txt"), "Titel\n\nGr\u00fc\u00dfe aus K\u00f6ln.\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(ExitCode.REJECTED, run("ingest", file.toString()));
    assertEquals("error: " + file + ":3: not UTF-8 text (binary, or another encoding); save the article as UTF-8\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void unknownLanguageTagIsAUsageError() {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    assertEquals(ExitCode.USAGE, run("ingest", "--targets", "de,xx-123456789", SAMPLE));
    assertEquals("""
        error: unknown language tag 'xx-123456789': give a BCP 47 tag such as de or fr-CA; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)
        """, err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void srxFileThatDoesNotParseIsRefused() throws Exception {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    Path srx = Files.writeString(dir.resolve("rules.srx"), "<?xml version=\"1.0\"?>\n<srx>\n<body><languagerules>");
    // Okapi's loader parsed it first and its XML parser printed "[Fatal Error] :3:27: ..." straight to the process's stderr
    java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCode.REJECTED, run("ingest", "--srx", srx.toString(), SAMPLE));
    } finally {
      System.setErr(original);
    }
    assertEquals("", processErr.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(true, err.startsWith("error: " + srx + ":3: not well-formed XML ("), err);
    assertEquals(true, err.endsWith("); give an SRX 2.0 file such as Okapi's defaultSegmentation.srx\n"), err);
    assertEquals(1, err.lines().count());
    assertEquals(before, DatabaseDump.of(db));
    // a well-formed file that is no SRX still gets Okapi's word for it
    Files.writeString(srx, "<srx><body><languagerules/></body></srx>");
    assertEquals(ExitCode.REJECTED, run("ingest", "--srx", srx.toString(), SAMPLE));
    assertEquals(true, err.startsWith("error: " + srx + ": not a valid SRX file ("), err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void articleIngestedUnderAnotherSourceLanguageIsRefused() {
    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    assertEquals(ExitCode.REJECTED, run("ingest", "--source-lang", "de", SAMPLE));
    assertEquals("error: articles/north-korea-talks.txt: already ingested with source language en, not de;"
        + " pass --source-lang en, or ingest it under another name\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void withoutSourceLangEachArticleKeepsTheLanguageItWasFirstIngestedWith() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("articles"));
    Path bahn = Files.writeString(folder.resolve("bahn.txt"), "Der Streik soll bis zum 3. März dauern.\n");
    Path flood = Files.writeString(folder.resolve("flood.txt"), "Rescue teams arrived on Monday.\n");
    assertEquals(ExitCode.OK, run("ingest", "--source-lang", "de", "--targets", "en", bahn.toString()));
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", flood.toString()));
    Files.writeString(bahn, "Der Streik soll bis zum 3. März dauern. Die GDL fordert u. a. mehr Geld.\n");

    assertEquals(ExitCode.OK, run("ingest", folder.toString()));
    assertEquals(bahn + ": version 2: 1 new, 1 unchanged, 0 changed, 0 dropped; 2 segments, 15 words\n"
        + flood + ": identical to version 1, nothing changed\n", out);
    assertEquals(List.of(bahn + "|de", flood + "|en"), org.transdesk.store.StoreFixture.rows(db,
        "SELECT name, source_lang FROM document ORDER BY name"));
    assertEquals(ExitCode.OK, run("ingest", "--targets", "en", bahn.toString()), err);

    String before = DatabaseDump.of(db);
    assertEquals(ExitCode.REJECTED, run("ingest", "--source-lang", "de", folder.toString()));
    assertEquals("error: " + flood + ": already ingested with source language en, not de; pass --source-lang en,"
        + " or ingest it under another name\n", err);
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void anEditUndoneBringsBackTheTranslationsAndTheDatabaseStaysSound() throws Exception {
    Path article = dir.resolve("s.txt");
    String v1 = "Storm hits coast\n\nWinds reached 120 km/h. Schools will reopen on Friday.\n\n"
        + "The weather service warned of more rain. Residents should stay indoors.\n";
    Files.writeString(article, v1);
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", article.toString()));
    Path xliff = dir.resolve("x");
    assertEquals(ExitCode.OK, run("export", "--lang", "de", "--out", xliff.toString()));
    Path exported;
    try (var files = Files.walk(xliff)) {
      exported = files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
    }
    Path returned = Files.writeString(dir.resolve("returned.xlf"), Files.readString(exported)
        .replaceAll("<source>(.*?)</source>", "<source>$1</source><target state=\"translated\">de: $1</target>"));
    assertEquals(ExitCode.OK, run("import", returned.toString()), err);
    Files.writeString(article, "Storm hits coast\n\nWinds reached 130 km/h. Schools will reopen on Friday.\n\n"
        + "The weather service warned of more rain, and residents should stay indoors.\n");
    assertEquals(ExitCode.OK, run("ingest", article.toString()));
    Files.writeString(article, v1);

    assertEquals(ExitCode.OK, run("ingest", article.toString()));
    assertEquals(article + ": version 3: 0 new, 2 unchanged, 0 changed, 3 restored, 2 dropped; 5 segments, 24 words\n", out);
    assertEquals(ExitCode.OK, run("status"));
    assertEquals(article + "  version 3, en, text: 5 segments, 24 words\n"
        + "  de: new 0 translated 5 reviewed 0 final 0 needs-update 0\n", out);
    assertEquals(ExitCode.OK, run("check"), out + err);
  }

  @Test
  void noArgumentIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("ingest"));
    assertEquals("""
        error: no article given: name one or more files or folders; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)
        """, err);
  }

  /**
   * Okapi takes an alt or title text out of its tag as a text unit of its own and leaves a
   * reference ([#$tu2]) in the tag: the stored code and the exported XLIFF carried the marker
   * instead of the attribute.
   */
  @Test
  void altAndTitleTextsGoBackIntoTheirTagsAndStaySegmentsOfTheirOwn() throws Exception {
    Path file = Files.writeString(dir.resolve("chart.html"), """
        <p>Sales rose <img src="chart.png" alt="Chart: sales &amp; &quot;costs&quot;"> last year.</p>
        <p>A <a href="https://example.com/?a=1&amp;b=2" title="Example site">link with title</a>.</p>
        """);
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", file.toString()));
    assertEquals(List.of(
        "1|Chart: sales &amp; \"costs\"|null",
        "2|Sales rose <ph id=\"1\"/> last year.|{\"1\":{\"data\":\"<img src=\\\"chart.png\\\" alt=\\\"Chart: sales &amp; &quot;costs&quot;\\\">\"}}",
        "3|Example site|null",
        "4|A <pc id=\"1\">link with title</pc>.|{\"1\":{\"open\":\"<a href=\\\"https://example.com/?a=1&amp;b=2\\\" title=\\\"Example site\\\">\","
            + "\"close\":\"</a>\"}}"),
        org.transdesk.store.StoreFixture.rows(db, "SELECT position, source, codes FROM segment WHERE active = 1 ORDER BY position"));
    Path xliff = dir.resolve("out");
    assertEquals(ExitCode.OK, run("export", "--out", xliff.toString(), "--xliff-version", "2.0"));
    List<String> data;
    try (var files = Files.walk(xliff)) {
      Path exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
      data = Files.readAllLines(exported).stream().map(String::strip).filter(line -> line.startsWith("<data ")).toList();
    }
    assertEquals(List.of(
        "<data id=\"d1\">&lt;img src=\"chart.png\" alt=\"Chart: sales &amp;amp; &amp;quot;costs&amp;quot;\"></data>",
        "<data id=\"d1s\">&lt;a href=\"https://example.com/?a=1&amp;amp;b=2\" title=\"Example site\"></data>",
        "<data id=\"d1e\">&lt;/a></data>"), data);
  }

  /**
   * Okapi 1.47 split a Markdown reference link into a pair, an empty pair holding the label and a
   * stray end code, and made an autolink an empty, unprotected code the translator could not read.
   */
  @Test
  void markdownReferenceLinkIsOnePairAndAnAutolinkAProtectedCodeTheTranslatorSees() throws Exception {
    Path file = Files.writeString(dir.resolve("results.md"), """
        Read more: [Full results][1] and analysis.

        Check <https://www.stlvotes.org> or write to info@stlvotes.org.

        [1]: https://example.com/results
        """);
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", file.toString()));
    assertEquals(List.of(
        "1|Read more: <pc id=\"1\">Full results</pc> and analysis.|{\"1\":{\"open\":\"[\",\"close\":\"][1]\"}}",
        "2|Check <ph id=\"1\"/> or write to <ph id=\"2\"/>.|{\"1\":{\"data\":\"<https://www.stlvotes.org>\",\"protected\":true},"
            + "\"2\":{\"data\":\"info@stlvotes.org\",\"protected\":true}}"),
        org.transdesk.store.StoreFixture.rows(db, "SELECT position, source, codes FROM segment WHERE active = 1 ORDER BY position"));
    Path xliff = dir.resolve("out");
    assertEquals(ExitCode.OK, run("export", "--out", xliff.toString()));
    List<String> sources;
    try (var files = Files.walk(xliff)) {
      Path exported = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
      sources = Files.readAllLines(exported).stream().map(String::strip).filter(line -> line.startsWith("<source>")).toList();
    }
    assertEquals(List.of(
        "<source>Read more: <g id=\"1\">Full results</g> and analysis.</source>",
        "<source>Check <ph id=\"1\">&lt;https://www.stlvotes.org></ph> or write to <ph id=\"2\">info@stlvotes.org</ph>.</source>"), sources);
  }

  @Test
  void formatOptionReadsAFileWhateverItsExtension() throws Exception {
    Path file = Files.writeString(dir.resolve("item-17.xml"), "<html><body><p>Kim met <b>Biden</b>. Talks went on.</p></body></html>");
    assertEquals(ExitCode.OK, run("ingest", "--format", "html", file.toString()));
    assertEquals(file + ": version 1: 2 new, 0 unchanged, 0 changed, 0 dropped; 2 segments, 6 words\n", out);
    assertEquals(List.of("html|Kim met <pc id=\"1\">Biden</pc>.", "html|Talks went on."),
        org.transdesk.store.StoreFixture.rows(db, "SELECT d.format, s.source FROM segment s JOIN document d ON d.id = s.document_id ORDER BY s.id"));
  }

  @Test
  void unknownInputFormatIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("ingest", "--format", "docx", SAMPLE));
    assertEquals("""
        error: unknown input format 'docx': use text, html or markdown; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)
        """, err);
  }

  @Test
  void jobsMustBeAPositiveNumber() {
    assertEquals(ExitCode.USAGE, run("ingest", "--jobs", "0", SAMPLE));
    assertEquals("""
        error: --jobs takes a number from 1 to 64, not '0'; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)
        """, err);
  }

  @Test
  void formatJsonIsShortForSummaryJson() {
    assertEquals(ExitCode.OK, run("ingest", "--format", "json", SAMPLE));
    assertEquals(true, out.startsWith("{\n  \"files\" : [ {\n    \"name\" : \"articles/north-korea-talks.txt\",\n    \"outcome\" : \"new\""), out);
  }

  @Test
  void statusCountsProtectedSegmentsApartFromTheStates() throws Exception {
    Path file = Files.writeString(dir.resolve("contact.txt"), "Write to us.\n\nadmin@ustv.online\n\nhttps://ustv.online/contact\n");
    run("ingest", "--targets", "de", file.toString());
    assertEquals(ExitCode.OK, run("status"));
    assertEquals(file + "  version 1, en, text: 3 segments (2 protected), 5 words\n"
        + "  de: new 1 translated 0 reviewed 0 final 0 needs-update 0\n", out);
  }

  @Test
  void segmentsWithNoLetterOrNumberAreProtectedLikeAnAddressAlone() throws Exception {
    // a control character left in wire copy, a section break, an emoji line: nothing for a translator
    Path file = Files.writeString(dir.resolve("wire.txt"), "Talks resume.\n\n\u0004\n\n* * *\n\n🎉🎉\n\nSee https://example.org/a.\n");
    run("ingest", "--targets", "de", file.toString());
    assertEquals(ExitCode.OK, run("status"));
    assertEquals(file + "  version 1, en, text: 5 segments (3 protected), 4 words\n"
        + "  de: new 2 translated 0 reviewed 0 final 0 needs-update 0\n", out);
    Path xliff = dir.resolve("xliff");
    assertEquals(ExitCode.OK, run("export", "--lang", "de", "--only", "untranslated", "--out", xliff.toString()));
    String exported = dir.getRoot().relativize(file).toString().replace(".txt", ".de.xlf");
    assertEquals(xliff.resolve("de").resolve(exported) + ": 2 units, export 1\n", out);
  }

  @Test
  void statusOfAnEmptyDatabaseSaysHowToStart() {
    assertEquals(ExitCode.OK, run("init", dir.toString()));
    assertEquals(ExitCode.OK, run("status"));
    assertEquals("no documents yet: add articles with transdesk ingest\n", out);
    assertEquals(ExitCode.OK, run("status", "--format", "json"));
    assertEquals("{\n  \"documents\" : [ ]\n}\n", out);
  }

  @Test
  void laterIngestIntoAnExistingDatabaseKeepsWhatIsThere() throws Exception {
    run("ingest", "--targets", "de", SAMPLE);
    Path other = Files.writeString(dir.resolve("b.md"), "# Seoul\n\nKim met Biden.\n");
    assertEquals(ExitCode.OK, run("ingest", "--targets", "fr", other.toString()));
    assertEquals(ExitCode.OK, run("status"));
    assertEquals(other + "  version 1, en, markdown: 2 segments, 4 words\n"
        + "  fr: new 2 translated 0 reviewed 0 final 0 needs-update 0\n"
        + "articles/north-korea-talks.txt  version 1, en, text: 37 segments, 541 words\n"
        + "  de: new 37 translated 0 reviewed 0 final 0 needs-update 0\n", out);
  }

  @Test
  void eachFileIsItsOwnTransactionSoAFileThatFailsLeavesTheOnesBeforeIt() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), "Kim met Biden.\n");
    // fails only once it is being cut into sentences: HTML nested deeper than the reader takes
    Files.writeString(folder.resolve("b.html"), "<div>".repeat(300) + "Deep." + "</div>".repeat(300));
    Files.writeString(folder.resolve("c.txt"), "Talks went on.\n");
    assertEquals(ExitCode.REJECTED, run("ingest", "--jobs", "2", folder.toString()));
    assertEquals(folder.resolve("a.txt") + ": version 1: 1 new, 0 unchanged, 0 changed, 0 dropped; 1 segment, 3 words\n", out);
    assertTrue(err.startsWith("error: " + folder.resolve("b.html") + ":"), err);
    assertEquals(List.of(folder.resolve("a.txt").toString()), org.transdesk.store.StoreFixture.rows(db, "SELECT name FROM document"));
  }

  @Test
  void anEmptyFileIsRefusedInsteadOfDroppingEverySentenceOfTheArticle() throws Exception {
    Path article = Files.writeString(dir.resolve("storm.txt"), "Storm warning issued.\nSchools will stay closed.\n");
    assertEquals(ExitCode.OK, run("ingest", "--targets", "de", article.toString()));
    String before = DatabaseDump.of(db);
    for (String content : List.of("", "\uFEFF\r\n  \n\t\n")) {
      Files.writeString(article, content);   // what a failed download or save leaves
      assertEquals(ExitCode.REJECTED, run("ingest", article.toString()));
      assertEquals("", out);
      assertEquals("error: " + article + ": the file is empty (no text); nothing to ingest: check that it was saved or downloaded"
          + " completely\n", err);
      assertEquals(before, DatabaseDump.of(db));
    }
  }

  @Test
  void anArticleInAnotherEncodingIsRefusedBeforeAnyFileOfTheFolderIsStored() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), "Kim met Biden.\n");
    // the bad byte lies beyond the first 64 KB, where a sniff of the file's start does not look
    String lines = "Talks went on in Hanoi.\n".repeat(4000);
    Files.write(folder.resolve("b.txt"), (lines + "Gr\u00fc\u00dfe aus K\u00f6ln.\n").getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(folder.resolve("c.txt"), "Talks went on.\n");
    assertEquals(ExitCode.REJECTED, run("ingest", "--targets", "de", folder.toString()));
    assertEquals("", out);
    assertEquals("error: " + folder.resolve("b.txt") + ":4001: not UTF-8 text (binary, or another encoding); save the article as UTF-8\n", err);
    assertFalse(Files.exists(Path.of(db)), "a refused ingest left a database behind");

    run("ingest", SAMPLE);
    String before = DatabaseDump.of(db);
    assertEquals(ExitCode.REJECTED, run("ingest", "--targets", "de", folder.toString()));
    assertEquals(before, DatabaseDump.of(db));
  }

  @Test
  void desksOwnSrxRulesReplaceTheBundledOnes() throws Exception {
    Path srx = Files.writeString(dir.resolve("lines.srx"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
        <header segmentsubflows="yes" cascade="no"><formathandle type="start" include="no"/>
        <formathandle type="end" include="yes"/><formathandle type="isolated" include="no"/></header>
        <body><languagerules><languagerule languagerulename="never">
        <rule break="no"><beforebreak>.</beforebreak><afterbreak>.</afterbreak></rule>
        </languagerule></languagerules>
        <maprules><languagemap languagepattern=".*" languagerulename="never"/></maprules></body></srx>
        """);
    assertEquals(ExitCode.OK, run("ingest", "--srx", srx.toString(), SAMPLE));
    assertEquals("articles/north-korea-talks.txt: version 1: 19 new, 0 unchanged, 0 changed, 0 dropped; 19 segments, 541 words\n", out);
  }

  @Test
  void aTargetThatIsTheDefaultSourceIsRefusedBeforeADatabaseIsMade() {
    assertEquals(ExitCode.USAGE, run("ingest", "--targets", "en", SAMPLE));
    assertEquals("error: target language en is the source language; give other --targets; usage: transdesk ingest [options]"
        + " FILE|DIR... (see transdesk help ingest)\n", err);
    assertFalse(Files.exists(Path.of(db)), "a usage error left a database behind");
  }

  @Test
  void aJsonSummaryStillListsTheFilesIngestedBeforeOneWasRefused() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("arts"));
    Files.writeString(folder.resolve("a.txt"), "Talks resumed in Seoul.\n");
    Files.writeString(folder.resolve("b.html"), "<html><body><img src=\"x.png\"></body></html>\n");
    assertEquals(ExitCode.REJECTED, run("ingest", "--summary", "json", "--targets", "de", folder.toString()));
    assertTrue(out.contains("\"name\" : \"" + folder.resolve("a.txt") + "\""), out);
    assertTrue(out.contains("\"outcome\" : \"new\""), out);
    assertFalse(out.contains("b.html"), out);
    assertTrue(err.startsWith("error: " + folder.resolve("b.html")), err);
  }

  @Test
  void aFileNameThatIsNotUtf8IsRefusedNotMergedWithAnother() throws Exception {
    // "laté.txt" and "latè.txt" saved in Latin-1 both read as "lat\uFFFD.txt": the second became version 2 of the first
    Path folder = Files.createDirectories(dir.resolve("latin1"));
    Process make = new ProcessBuilder("bash", "-c", "printf 'Talks resumed.\\n' > \"$(printf 'lat\\351.txt')\"; "
        + "printf 'Talks ended.\\n' > \"$(printf 'lat\\350.txt')\"").directory(folder.toFile()).start();
    assertEquals(0, make.waitFor());
    assertEquals(ExitCode.REJECTED, run("ingest", "--targets", "de", folder.toString()));
    assertTrue(err.startsWith("error: " + folder + "/lat\uFFFD.txt: the file name is not valid UTF-8"), err);
    assertFalse(Files.exists(Path.of(db)), "a refused ingest left a database behind");
  }

  @Test
  void aFolderArgumentThatIsNotUtf8SaysSoRatherThanNoSuchFolder() {
    // the JVM hands over a Latin-1 "Pressé" typed in a shell as "Press\uFFFD", which names nothing
    String given = dir.resolve("Press\uFFFD").toString();
    assertEquals(ExitCode.REJECTED, run("ingest", "--targets", "de", given));
    assertEquals("error: " + given + ": the name is not valid UTF-8 (saved by a system using another encoding, such as Latin-1),"
        + " so transdesk cannot open it; rename it (e.g. convmv -f latin1 -t utf8 --notest NAME)\n", err);
    assertEquals(ExitCode.REJECTED, run("lint", given));
    assertTrue(err.startsWith("error: " + given + ": the name is not valid UTF-8"), err);
  }

  @Test
  void unknownSourceLanguageIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("ingest", "--source-lang", "english", SAMPLE));
    assertEquals("""
        error: unknown language tag 'english': give a BCP 47 tag such as de or fr-CA; usage: transdesk ingest [options] FILE|DIR... (see transdesk help ingest)
        """, err);
  }
}
