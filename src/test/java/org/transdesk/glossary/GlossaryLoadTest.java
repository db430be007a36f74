package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

class GlossaryLoadTest {
  private static final String HEADER = "type,source,target_lang,target,forbidden,match,note\n";

  @TempDir Path dir;

  /**
   * The shared conformance corpora, kept outside the repository ({@code -Dtransdesk.corpora=DIR},
   * by default {@code ../shared/corpora}); missing, they skip the test, except under CI.
   */
  private static Path corpora() {
    Path root = Path.of(System.getProperty("transdesk.corpora", "../shared/corpora")).toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("omegat"))) {
      if (System.getenv("CI") != null) fail("conformance corpora not found at " + root + "; set -Dtransdesk.corpora");
      assumeTrue(false, "conformance corpora not found at " + root);
    }
    return root;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private List<Entry> load(Path... files) {
    return Glossary.load(List.of(files)).entries();
  }

  private String rejected(String name, String content) throws IOException {
    Path file = write(name, content);
    DeskException e = assertThrows(DeskException.class, () -> Glossary.load(List.of(file)));
    assertEquals(ExitCode.REJECTED, e.exitCode());
    return e.getMessage().replace(dir + "/", "");
  }

  private static Rendering de(String text) {
    return new Rendering("de", text, false);
  }

  private static Rendering deForbidden(String text) {
    return new Rendering("de", text, true);
  }

  @Test
  void csvRowsWithTheSameTypeAndSourceAreOneEntry() throws IOException {
    Path file = write("a.csv", HEADER
        + "title,US special envoy,de,US-Sondergesandter|Sondergesandter,Sonderbotschafter,,Sung Kim's title\n"
        + "title,US special envoy,fr,envoyé spécial,,,\n"
        + "name,Noh Kyu Duk,*,,Noh Kyu-duk,,\n");
    assertEquals(List.of(
        new Entry(EntryType.TITLE, List.of("US special envoy"),
            List.of(de("US-Sondergesandter"), de("Sondergesandter"), deForbidden("Sonderbotschafter"), new Rendering("fr", "envoyé spécial", false)),
            MatchMode.INFLECTED, "Sung Kim's title"),
        new Entry(EntryType.NAME, List.of("Noh Kyu Duk"), List.of(new Rendering("*", "Noh Kyu-duk", true)), MatchMode.EXACT, "")),
        load(file));
  }

  @Test
  void csvToleratesBomQuotingAndAnyColumnOrder() throws IOException {
    Path file = write("a.csv", "\uFEFFnote,match,source,type,target_lang,target\n"
        + "\"says \"\"hi\"\",\ntwice\",ignore-case,\"Kim, Jong Un\",name,de-ch,\"Kim Jong Un\"\n");
    assertEquals(List.of(new Entry(EntryType.NAME, List.of("Kim, Jong Un"), List.of(new Rendering("de-CH", "Kim Jong Un", false)),
        MatchMode.IGNORE_CASE, "says \"hi\",\ntwice")), load(file));
  }

  @Test
  void csvSavedByExcelWithSemicolonsOrTabsLoadsLikeTheCommaOne() throws IOException {
    // Excel in a German or French locale saves "CSV" with semicolons, a BOM and CRLF.
    Path commas = write("commas.csv", HEADER
        + "name,Noh Kyu Duk,de,,Noh Kyu-duk|Noh Kyu-Duk,,\"South Korea's negotiator; no hyphen\"\n"
        + "title,US special envoy,de,US-Sondergesandter,Sonderbotschafter,,\n");
    Path semicolons = write("semicolons.csv", "\uFEFFtype;source;target_lang;target;forbidden;match;note\r\n"
        + "name;Noh Kyu Duk;de;;Noh Kyu-duk|Noh Kyu-Duk;;\"South Korea's negotiator; no hyphen\"\r\n"
        + "title;US special envoy;de;US-Sondergesandter;Sonderbotschafter;;\r\n");
    Path tabs = write("tabs.csv", "type\tsource\ttarget_lang\ttarget\tforbidden\tmatch\tnote\n"
        + "name\tNoh Kyu Duk\tde\t\tNoh Kyu-duk|Noh Kyu-Duk\t\tSouth Korea's negotiator; no hyphen\n"
        + "title\tUS special envoy\tde\tUS-Sondergesandter\tSonderbotschafter\t\t\n");
    assertEquals(2, load(commas).size());
    assertEquals(load(commas), load(semicolons));
    assertEquals(load(commas), load(tabs));
  }

  @Test
  void csvSavedByExcelAsUnicodeTextLoadsLikeTheCommaOne() throws IOException {
    // Excel's "Unicode Text": UTF-16 little-endian with a byte order mark, tab-separated.
    Path file = dir.resolve("unicode.csv");
    Files.write(file, ("\uFEFF" + HEADER.replace(',', '\t') + "term\tsanctions\tde\tSanktionen\t\t\t\n")
        .getBytes(StandardCharsets.UTF_16LE));
    assertEquals(List.of(new Entry(EntryType.TERM, List.of("sanctions"), List.of(de("Sanktionen")), MatchMode.INFLECTED, "")),
        load(file));
  }

  @Test
  void csvRowsOfEmptyCellsAreSkipped() throws IOException {
    Path file = write("a.csv", HEADER + "name,Sung Kim,*,,,,\n,,,,,,\n\n , ,,,,,\n,,\nname,Kim Jong Un,*,,,,\n,,,,,,\n");
    assertEquals(List.of(
        new Entry(EntryType.NAME, List.of("Sung Kim"), List.of(), MatchMode.EXACT, ""),
        new Entry(EntryType.NAME, List.of("Kim Jong Un"), List.of(), MatchMode.EXACT, "")), load(file));
  }

  @Test
  void tbx2008And2019LoadIntoTheSameModelAsCsv() {
    Path resources = Path.of("src/test/resources/glossary");
    assertEquals(load(Path.of("glossaries/desk.csv")), load(resources.resolve("desk-names-2008.tbx")));
    assertEquals(load(resources.resolve("desk-titles.csv")), load(Path.of("glossaries/desk.tbx")));
  }

  @Test
  void theDefaultFolderHoldsEachEntryOnce() {
    List<Entry> entries = Glossary.loadFolder(Glossary.DEFAULT_FOLDER).entries();
    assertEquals(List.of(Path.of("glossaries/desk.csv"), Path.of("glossaries/desk.tbx")), Glossary.filesIn(Glossary.DEFAULT_FOLDER));
    assertEquals(21 + 7, entries.size());
    assertEquals(entries.size(), entries.stream().map(entry -> entry.type() + entry.source()).distinct().count());
  }

  @Test
  void readsTheOmegatSampleTbx2008WithItsExternalDtdReference() {
    assertEquals(List.of(new Entry(EntryType.TERM, List.of("alpha smoothing factor"), List.of(new Rendering("hu", "hu translation", false)),
        MatchMode.INFLECTED, "")), load(corpora().resolve("omegat/glossaries/sampleTBXfile.tbx")));
  }

  @Test
  void readsOmegatTabGlossariesInUtf8AndUtf16WithTheirComments() {
    Path omegat = corpora().resolve("omegat/glossaries");
    assertEquals(List.of(
        new Entry(EntryType.TERM, List.of("kde"), List.of(any("koo moo")), MatchMode.INFLECTED, ""),
        new Entry(EntryType.TERM, List.of("question"), List.of(any("qqqqq")), MatchMode.INFLECTED, ""),
        new Entry(EntryType.TERM, List.of("地球システム"), List.of(any("System Terre")), MatchMode.INFLECTED,
            "https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre"),
        new Entry(EntryType.TERM, List.of("손가락"), List.of(any("Korean Term")), MatchMode.INFLECTED, "")),
        load(omegat.resolve("test.tab")));
    assertEquals(List.of(
        new Entry(EntryType.TERM, List.of("UTF"), List.of(any("Unicode Transformation Format")), MatchMode.INFLECTED, "Comment #1"),
        new Entry(EntryType.TERM, List.of("LE"), List.of(any("Little Endian")), MatchMode.INFLECTED, "Comment #2")),
        load(omegat.resolve("testUTF16LE.txt")));
    // Comments only, a BOM and a comment, nothing: no entries, refused like an empty CSV.
    for (String name : List.of("test-magiccomment.tab", "test-magiccomment-bom.tab", "empty.txt")) {
      Path file = omegat.resolve(name);
      assertEquals(file + ": empty glossary (no term lines); an OmegaT glossary line is term<TAB>translation<TAB>comment",
          assertThrows(DeskException.class, () -> load(file)).getMessage());
    }
  }

  @Test
  void rejectsAnOmegatLineWithoutATab() throws IOException {
    assertEquals("g.tab:2: no tab after the term; an OmegaT glossary line is term<TAB>translation<TAB>comment",
        rejected("g.tab", "# desk terms\nsanctions Sanktionen\n"));
    assertEquals("g.tab:1: no translation for 'sanctions'; give one after the tab", rejected("g.tab", "sanctions\t \n"));
  }

  private static Rendering any(String text) {
    return new Rendering(Rendering.ANY, text, false);
  }

  @Test
  void tbxMapsProperNounsTitlesStatusesMatchAndNotes() throws IOException {
    Path file = write("a.tbx", """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed-2">
          <text><body>
            <conceptEntry id="1">
              <admin type="transdesk-match">ignore-case</admin>
              <note>the broadcaster</note>
              <langSec xml:lang="en"><termSec><term>KCTV</term><termNote type="partOfSpeech">properNoun</termNote></termSec></langSec>
            </conceptEntry>
            <conceptEntry id="2">
              <descrip type="subjectField">Title</descrip>
              <langSec xml:lang="en">
                <termSec><term>ruler</term></termSec>
                <termSec><term>despot</term><termNote type="administrativeStatus">obsoleteTerm-admn-sts</termNote></termSec>
              </langSec>
              <langSec xml:lang="de">
                <termSec><term>Machthaber</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                <termSec><term>Herrscher</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
                <termSec><term>Diktator</term><termNote type="administrativeStatus">notRecommendedTerm-admn-sts</termNote></termSec>
              </langSec>
            </conceptEntry>
            <conceptEntry id="3">
              <langSec xml:lang="de"><termSec><term>nur Deutsch</term></termSec></langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """);
    assertEquals(List.of(
        new Entry(EntryType.NAME, List.of("KCTV"), List.of(), MatchMode.IGNORE_CASE, "the broadcaster"),
        new Entry(EntryType.TITLE, List.of("ruler"),
            List.of(new Rendering("en", "despot", true), de("Machthaber"), deForbidden("Herrscher"), deForbidden("Diktator")),
            MatchMode.INFLECTED, "")),
        load(file));
  }

  @Test
  void tbxReadsNormativeAuthorizationAndTheStatusForbidden() throws IOException {
    Path file = write("a.tbx", """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <text><body><conceptEntry id="1">
            <descrip type="subjectField">title</descrip>
            <langSec xml:lang="en"><termSec><term>Secretary of State</term></termSec></langSec>
            <langSec xml:lang="de">
              <termSec><term>Außenminister</term><termNote type="normativeAuthorization">preferredTerm</termNote></termSec>
              <termSec><term>Außenministerin</term><termNote type="normativeAuthorization">admittedTerm</termNote></termSec>
              <termSec><term>Staatssekretär</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termSec>
              <termSec><term>Staatsminister</term><basic:normativeAuthorization>supersededTerm</basic:normativeAuthorization></termSec>
              <termSec><term>Minister des Äußeren</term><termNote type="administrativeStatus">forbidden</termNote></termSec>
            </langSec>
          </conceptEntry></body></text>
        </tbx>
        """);
    assertEquals(List.of(new Entry(EntryType.TITLE, List.of("Secretary of State"),
            List.of(de("Außenminister"), de("Außenministerin"), deForbidden("Staatssekretär"), deForbidden("Staatsminister"),
                deForbidden("Minister des Äußeren")),
            MatchMode.INFLECTED, "")),
        load(file));
  }

  @Test
  void tbxReadsUsageStatus() throws IOException {
    Path file = write("a.tbx", """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <text><body><conceptEntry id="1">
            <descrip type="subjectField">title</descrip>
            <langSec xml:lang="en"><termSec><term>Secretary of State</term></termSec></langSec>
            <langSec xml:lang="de">
              <termSec><term>Außenminister</term><termNote type="usageStatus">preferred</termNote></termSec>
              <termSec><term>Außenministerin</term><termNote type="usageStatus">admitted</termNote></termSec>
              <termSec><term>US-Außenminister</term><termNote type="usageStatus">preferredTerm-admn-sts</termNote></termSec>
              <termSec><term>Staatssekretär</term><termNote type="termType">fullForm</termNote><termNote type="usageStatus">doNotUse</termNote></termSec>
              <termSec><term>Staatsminister</term><basic:usageStatus>notRecommended</basic:usageStatus></termSec>
              <termSec><term>Minister des Äußeren</term><termNote type="usageStatus">obsolete</termNote></termSec>
              <termSec><term>Außenamtschef</term><termNote type="usageStatus">deprecatedTerm-admn-sts</termNote></termSec>
            </langSec>
          </conceptEntry></body></text>
        </tbx>
        """);
    assertEquals(List.of(new Entry(EntryType.TITLE, List.of("Secretary of State"),
            List.of(de("Außenminister"), de("Außenministerin"), de("US-Außenminister"), deForbidden("Staatssekretär"),
                deForbidden("Staatsminister"), deForbidden("Minister des Äußeren"), deForbidden("Außenamtschef")),
            MatchMode.INFLECTED, "")),
        load(file));
    assertEquals("a.tbx:3: unknown usageStatus 'do not use'; use preferred or admitted for an approved term, "
        + "notRecommended, obsolete or doNotUse for a forbidden one (or an administrativeStatus value)",
        rejected("a.tbx", "<tbx xml:lang=\"en\"><text><body><conceptEntry>\n<langSec xml:lang=\"en\"><termSec><term>ruler</term></termSec></langSec>\n"
            + "<langSec xml:lang=\"de\"><termSec><term>Herrscher</term><termNote type=\"usageStatus\">do not use</termNote></termSec></langSec>\n"
            + "</conceptEntry></body></text></tbx>\n"));
  }

  @Test
  void tbxLanguageTagsWithUnderscoresReadAsCsvReadsThem() throws IOException {
    Path file = write("a.tbx", "<martif xml:lang=\"en_US\"><text><body><termEntry><descrip type=\"subjectField\">title</descrip>"
        + "<langSet xml:lang=\"en_US\"><tig><term>Secretary of State</term></tig></langSet>"
        + "<langSet xml:lang=\"de_DE\"><tig><term>Außenminister</term></tig></langSet></termEntry></body></text></martif>\n");
    Path csv = write("a.csv", HEADER + "title,Secretary of State,de_DE,Außenminister,,,\n");
    assertEquals(load(csv), load(file));
  }

  @Test
  void rejectsAGlossaryWithoutEntries() throws IOException {
    assertEquals("a.tbx:1: empty glossary (the file is empty); export the TBX file again", rejected("a.tbx", ""));
    assertEquals("a.tbx:1: empty glossary (the file is empty); export the TBX file again", rejected("a.tbx", "\uFEFF \n"));
    assertEquals("a.tbx: empty glossary (no concept with terms); add a conceptEntry (termEntry in TBX 2008) for each name, title or term",
        rejected("a.tbx", "<tbx xml:lang=\"en\"><text><body/></text></tbx>\n"));
    assertEquals("a.csv: empty glossary (a header and no rows); add a row for each name, title or term", rejected("a.csv", HEADER));
    assertEquals("a.csv: empty glossary (a header and no rows); add a row for each name, title or term", rejected("a.csv", HEADER + ",,,,,,\n"));
    assertEquals("g.tab: empty glossary (no term lines); an OmegaT glossary line is term<TAB>translation<TAB>comment", rejected("g.tab", ""));
    assertEquals("g.tab: empty glossary (no term lines); an OmegaT glossary line is term<TAB>translation<TAB>comment",
        rejected("g.tab", "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"));
  }

  @Test
  void rejectsATbxWhoseRootLanguageHasNoTerms() throws IOException {
    // Every concept would be skipped: the root names the wrong source language.
    assertEquals("a.tbx: no concept has a term in fr, the source language the root's xml:lang names (the terms are in de, en);"
        + " give the language of the source texts there",
        rejected("a.tbx", "<martif xml:lang=\"fr\"><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>Secretary of State</term></tig>"
            + "</langSet><langSet xml:lang=\"de\"><tig><term>Außenminister</term></tig></langSet></termEntry></body></text></martif>\n"));
  }

  @Test
  void aFolderStandsForItsGlossaries() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("desk"));
    Files.writeString(folder.resolve("names.csv"), HEADER + "name,Sung Kim,*,,,,\n");
    Files.writeString(folder.resolve("notes.txt"), "not a glossary\n");
    assertEquals(List.of(new Entry(EntryType.NAME, List.of("Sung Kim"), List.of(), MatchMode.EXACT, "")), load(folder));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals("empty: a folder without .csv or .tbx glossaries; give a glossary file, or a folder that has some",
        assertThrows(DeskException.class, () -> load(empty)).getMessage().replace(dir + "/", ""));
  }

  @Test
  void rejectsAnUnknownTbxStatus() throws IOException {
    String allowed = "use preferredTerm, admittedTerm, standardizedTerm, legalTerm or regulatedTerm for an approved term, "
        + "deprecatedTerm, supersededTerm, notRecommendedTerm, obsoleteTerm or forbidden for a forbidden one (with or without -admn-sts)";
    assertEquals("a.tbx:4: unknown administrativeStatus 'deprecatedTerm-admin-sts'; " + allowed,
        rejected("a.tbx", "<tbx xml:lang=\"en\"><text><body><conceptEntry>\n<langSec xml:lang=\"en\"><termSec><term>ruler</term></termSec></langSec>\n"
            + "<langSec xml:lang=\"de\"><termSec><term>Herrscher</term>\n"
            + "<termNote type=\"administrativeStatus\">deprecatedTerm-admin-sts</termNote></termSec></langSec>\n</conceptEntry></body></text></tbx>\n"));
    assertEquals("a.tbx:2: unknown normativeAuthorization 'banned'; " + allowed,
        rejected("a.tbx", "<martif xml:lang=\"en\"><text><body><termEntry><langSet xml:lang=\"de\"><tig><term>Herrscher</term>\n"
            + "<termNote type=\"normativeAuthorization\">banned</termNote></tig></langSet></termEntry></body></text></martif>\n"));
  }

  @Test
  void readsDctStyleCategoriesAndTbx2008Ntig() throws IOException {
    Path dct = write("dct.tbx", """
        <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <text><body><conceptEntry id="1">
            <basic:subjectField>title</basic:subjectField>
            <langSec xml:lang="en"><termSec><term>ruler</term></termSec></langSec>
            <langSec xml:lang="de"><termSec><term>Herrscher</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
              <termSec><term>Machthaber</term></termSec></langSec>
          </conceptEntry></body></text>
        </tbx>
        """);
    Path ntig = write("ntig.tbx", """
        <martif type="TBX" xml:lang="en"><text><body><termEntry id="1">
          <langSet xml:lang="en"><ntig><termGrp><term>Seoul</term><termNote type="partOfSpeech">properNoun</termNote></termGrp></ntig></langSet>
          <langSet xml:lang="fr"><ntig><termGrp><term>Séoul</term></termGrp></ntig></langSet>
        </termEntry></body></text></martif>
        """);
    assertEquals(List.of(
        new Entry(EntryType.TITLE, List.of("ruler"), List.of(deForbidden("Herrscher"), de("Machthaber")), MatchMode.INFLECTED, ""),
        new Entry(EntryType.NAME, List.of("Seoul"), List.of(new Rendering("fr", "Séoul", false)), MatchMode.EXACT, "")),
        load(dct, ntig));
  }

  @Test
  void severalFilesMergeTheSameEntry() throws IOException {
    Path first = write("a.csv", HEADER + "name,Seoul,de,Seoul,,,\n");
    Path second = write("b.csv", HEADER + "name,Seoul,fr,Séoul,,,\n");
    assertEquals(List.of(new Entry(EntryType.NAME, List.of("Seoul"), List.of(de("Seoul"), new Rendering("fr", "Séoul", false)), MatchMode.EXACT, "")),
        load(first, second));
  }

  @MultiLocaleExtension.MultiLocaleTest
  void spellingsAreReadTheSameInEveryLocale(Locale locale) throws IOException {
    MultiLocaleExtension.use(locale);
    Path file = write("a.csv", "TYPE,SOURCE,TARGET_LANG,TARGET,MATCH\nTITLE,chief negotiator,DE,Chefunterhändler,INFLECTED\nNAME,Iran,*,,IGNORE-CASE\n");
    assertEquals(List.of(
        new Entry(EntryType.TITLE, List.of("chief negotiator"), List.of(de("Chefunterhändler")), MatchMode.INFLECTED, ""),
        new Entry(EntryType.NAME, List.of("Iran"), List.of(), MatchMode.IGNORE_CASE, "")), load(file));
  }

  @Test
  void rejectsAnEmptyCsv() throws IOException {
    assertEquals("a.csv:1: empty glossary; start with a header row such as type,source,target_lang,target,forbidden,match,note",
        rejected("a.csv", ""));
  }

  @Test
  void rejectsAnUnknownColumn() throws IOException {
    assertEquals("a.csv:1: unknown column 'traget' in the header; the columns are type, source, target_lang, target, forbidden, match, note",
        rejected("a.csv", "type,source,target_lang,traget\nname,Kim,*,\n"));
  }

  @Test
  void rejectsAMissingRequiredColumn() throws IOException {
    assertEquals("a.csv:1: the header lacks the required column 'target_lang'; the columns are type, source, target_lang, target, forbidden, match, note",
        rejected("a.csv", "type,source,target\nname,Kim,\n"));
  }

  @Test
  void rejectsARepeatedColumn() throws IOException {
    assertEquals("a.csv:1: column 'source' appears twice in the header", rejected("a.csv", "type,source,target_lang,Source\n"));
  }

  @Test
  void rejectsAWrongColumnCount() throws IOException {
    assertEquals("a.csv:4: expected 7 columns as in the header, found 6",
        rejected("a.csv", HEADER + "name,Kim Jong Un,*,,,,\n\nname,Sung Kim,*,,,\n"));
  }

  @Test
  void rejectsAnUnknownType() throws IOException {
    assertEquals("a.csv:2: unknown type 'person'; use name, title or term", rejected("a.csv", HEADER + "person,Kim,*,,,,\n"));
  }

  @Test
  void rejectsAnUnknownMatchMode() throws IOException {
    assertEquals("a.csv:2: unknown match mode 'fuzzy'; use exact, ignore-case or inflected", rejected("a.csv", HEADER + "name,Kim,*,,,fuzzy,\n"));
  }

  @Test
  void rejectsABadLanguageTag() throws IOException {
    assertEquals("a.csv:2: unknown language tag 'german'; give a BCP 47 tag such as de, or * for every language",
        rejected("a.csv", HEADER + "name,Kim,german,,,,\n"));
  }

  @Test
  void rejectsAnEmptyLanguage() throws IOException {
    assertEquals("a.csv:2: empty target_lang; give a BCP 47 tag such as de, or * for every language",
        rejected("a.csv", HEADER + "name,Kim,,,,,\n"));
  }

  @Test
  void rejectsAnEmptySource() throws IOException {
    assertEquals("a.csv:2: empty source; give the term as written in the source language", rejected("a.csv", HEADER + "name, ,de,,,,\n"));
  }

  @Test
  void rejectsASourceWithoutWords() throws IOException {
    assertEquals("a.csv:2: '--' has no letters or digits to match", rejected("a.csv", HEADER + "term,--,de,Strich,,,\n"));
  }

  @Test
  void rejectsATitleWithoutRendering() throws IOException {
    assertEquals("a.csv:2: a title needs an approved rendering in 'target' (or a forbidden one in 'forbidden')",
        rejected("a.csv", HEADER + "title,ruler,de,,,,\n"));
  }

  @Test
  void rejectsContradictoryMatchModes() throws IOException {
    assertEquals("a.csv:3: match 'ignore-case' contradicts 'exact' given for name 'KCTV' at a.csv:2; give one match mode per entry",
        rejected("a.csv", HEADER + "name,KCTV,de,,,exact,\nname,KCTV,fr,,,ignore-case,\n").replace(dir + "/", ""));
  }

  @Test
  void rejectsARenderingBothApprovedAndForbidden() throws IOException {
    assertEquals("a.csv:3: 'Außenminister' forbidden for de contradicts 'Außenminister' approved for title 'Secretary of State' at a.csv:2;"
        + " make each rendering approved or forbidden, not both",
        rejected("a.csv", HEADER + "title,Secretary of State,de,Außenminister,,,\ntitle,Secretary of State,de,Staatssekretär,Außenminister,,\n"));
    assertEquals("a.csv:2: 'Außenminister' forbidden for de contradicts 'Außenminister' approved for title 'Secretary of State' at a.csv:2;"
        + " make each rendering approved or forbidden, not both",
        rejected("a.csv", HEADER + "title,Secretary of State,de,Außenminister,Außenminister,,\n"));
    assertEquals("a.tbx:3: 'Staatssekretär' approved for de contradicts 'Staatssekretär' forbidden for title 'Secretary of State' at a.tbx:2;"
        + " make each rendering approved or forbidden, not both",
        rejected("a.tbx", "<martif xml:lang=\"en\"><text><body>\n"
            + "<termEntry><descrip type=\"subjectField\">title</descrip><langSet xml:lang=\"en\"><tig><term>Secretary of State</term></tig></langSet>"
            + "<langSet xml:lang=\"de\"><tig><term>Staatssekretär</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>\n"
            + "<termEntry><descrip type=\"subjectField\">title</descrip><langSet xml:lang=\"en\"><tig><term>Secretary of State</term></tig></langSet>"
            + "<langSet xml:lang=\"de\"><tig><term>Staatssekretär</term></tig></langSet></termEntry>\n</body></text></martif>\n"));
    // Across files, and only within one language: forbidding in French what German approves is no contradiction.
    Path german = write("de.csv", HEADER + "name,Kyiv,de,Kiew,,,\n");
    Path french = write("fr.csv", HEADER + "name,Kyiv,fr,Kyiv,Kiew,,\n");
    assertEquals(1, load(german, french).size());
    Path also = write("more.csv", HEADER + "name,Kyiv,de,,Kiew,,\n");
    assertEquals(also + ":2: 'Kiew' forbidden for de contradicts 'Kiew' approved for name 'Kyiv' at " + german + ":2;"
        + " make each rendering approved or forbidden, not both",
        assertThrows(DeskException.class, () -> Glossary.load(List.of(german, also))).getMessage());
  }

  @Test
  void rejectsMalformedCsvQuoting() throws IOException {
    assertEquals("a.csv:2: malformed CSV (Invalid character between encapsulated token and delimiter); "
        + "quote fields that contain commas, quotes or line breaks as RFC 4180 says",
        rejected("a.csv", HEADER + "name,\"Kim\" Jong,*,,,,\n"));
  }

  @Test
  void rejectsCsvThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.write(file, (HEADER + "name,Sch\u00f6n,*,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
    DeskException e = assertThrows(DeskException.class, () -> Glossary.load(List.of(file)));
    assertEquals(file + ":2: byte 0xF6 is not UTF-8; save the glossary as UTF-8 (in Excel: Save As, \"CSV UTF-8\")", e.getMessage());
    Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 8, 8, 0, (byte) 0xA1});
    e = assertThrows(DeskException.class, () -> Glossary.load(List.of(file)));
    assertEquals(file + ": a ZIP archive (an Excel workbook?), not CSV text; in Excel, Save As \"CSV UTF-8\"", e.getMessage());
    Files.write(file, (HEADER + "name,Sch\u00f6n,*,,,,\n").getBytes(StandardCharsets.UTF_16LE));
    e = assertThrows(DeskException.class, () -> Glossary.load(List.of(file)));
    assertEquals(file + ":2: byte 0xF6 is not UTF-8 (the file looks like UTF-16 without a byte order mark); "
        + "save the glossary as UTF-8 (in Excel: Save As, \"CSV UTF-8\")", e.getMessage());
  }

  @Test
  void csvFromExcelWithEmptyTrailingColumnsOrASepLineLoads() throws IOException {
    List<Entry> expected = load(write("plain.csv", HEADER + "name,Angela Merkel,*,,,,\ntitle,Chancellor,de,Bundeskanzlerin,Kanzlerin,,\n"));
    assertEquals(expected, load(write("a.csv", HEADER.strip() + ",,,\nname,Angela Merkel,*,,,,,,,\ntitle,Chancellor,de,Bundeskanzlerin,Kanzlerin,,,,,\n")));
    assertEquals(expected, load(write("b.csv", HEADER + "name,Angela Merkel,*,,,,,,\ntitle,Chancellor,de,Bundeskanzlerin,Kanzlerin,,,,\n")));
    assertEquals(expected, load(write("g.csv", ",,,,,,\n" + HEADER + "name,Angela Merkel,*,,,,\ntitle,Chancellor,de,Bundeskanzlerin,Kanzlerin,,\n")));
    assertEquals(expected, load(write("c.csv", "\uFEFFsep=;\r\ntype;source;target_lang;target;forbidden;match;note\r\n"
        + "name;Angela Merkel;*;;;;\r\ntitle;Chancellor;de;Bundeskanzlerin;Kanzlerin;;\r\n")));
    assertEquals("d.csv:3: unknown column 'traget' in the header; the columns are type, source, target_lang, target, forbidden, match, note",
        rejected("d.csv", "sep=,\n\ntype,source,target_lang,traget\n"));
    assertEquals("e.csv:3: a value in column 9, which has no name in the header: name the column, or clear it",
        rejected("e.csv", HEADER.strip() + ",,,\nname,Angela Merkel,*,,,,,,,\nname,Olaf Scholz,*,,,,,,x,\n"));
    assertEquals("f.csv:1: column 2 of the header has no name; the columns are type, source, target_lang, target, forbidden, match, note",
        rejected("f.csv", "type,,source,target_lang\n"));
  }

  @Test
  void rejectsALineBreakInsideATerm() throws IOException {
    // A line break in a note is fine; in a term it can never match a segment's text.
    assertEquals("a.csv:4: a line break inside a term ('Angela⏎Merkel' in column 'source'); write the term on one line",
        rejected("a.csv", HEADER + "name,Olaf Scholz,*,,,,\"a\nnote\"\nname,\"Angela\nMerkel\",*,,,,\n"));
    assertEquals("a.csv:2: a line break inside a term ('Außen-⏎minister' in column 'target'); write the term on one line",
        rejected("a.csv", HEADER + "title,Secretary of State,de,\"Außen-\r\nminister\",,,\n"));
  }

  @Test
  void rejectsRowsSwallowedByAQuoteThatIsClosedRowsLater() throws IOException {
    assertEquals("a.csv:2: the quoted cell that starts here holds lines that look like rows of the glossary ('name,Antony Blinken,*,,,,');"
        + " a closing quote is probably missing at the end of the cell",
        rejected("a.csv", HEADER + "name,Angela Merkel,*,,,,\"German chancellor\nname,Antony Blinken,*,,,,\n"
            + "title,Chancellor,de,Bundeskanzlerin,Kanzlerin,,\"\nname,Olaf Scholz,*,,,,\n"));
    // A note of several lines is fine.
    assertEquals(1, load(write("b.csv", HEADER + "name,Angela Merkel,*,,,,\"German chancellor,\nname, title, all the same\"\n")).size());
  }

  @Test
  void rejectsAnUnclosedQuoteAtTheLineWhereItStarts() throws IOException {
    assertEquals("a.csv:3: malformed CSV (a quoted field starts on this line and is not closed before the end of the file); "
        + "quote fields that contain commas, quotes or line breaks as RFC 4180 says",
        rejected("a.csv", HEADER + "name,Olaf Scholz,*,,,,\nname,\"Angela Merkel,*,,,,\nname,Other,*,,,,\nname,Another,*,,,,\n"));
    assertEquals("a.csv:2: malformed CSV (Invalid character between encapsulated token and delimiter, found on line 4); "
        + "quote fields that contain commas, quotes or line breaks as RFC 4180 says",
        rejected("a.csv", HEADER + "name,Angela Merkel,*,,,,\"German chancellor\nname,Olaf Scholz,*,,,,\nname,Other,*,,,,\"say it\"\n"));
  }

  @Test
  void rejectsAMissingFileAndAnUnknownExtension() throws IOException {
    Path missing = dir.resolve("none.csv");
    assertEquals(missing + ": no such glossary file; give a .csv or .tbx file",
        assertThrows(DeskException.class, () -> Glossary.load(List.of(missing))).getMessage());
    assertEquals("a.docx: not a glossary; give a .csv or .tbx file (or an OmegaT .tab, .utf8 or .txt glossary)",
        rejected("a.docx", "Kim\n"));
  }

  @Test
  void rejectsUnparseableXml() throws IOException {
    assertEquals("a.tbx:3: not well-formed XML (Unexpected close tag </body>; expected </conceptEntry>.); "
        + "fix the file or export it again",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<tbx xml:lang=\"en\"><text><body>\n<conceptEntry></body></text></tbx>\n"));
  }

  @Test
  void rejectsEntityExpansionInAnInternalSubset() throws IOException {
    assertEquals("a.tbx:2: DOCTYPE with an internal subset (entity declarations are not accepted); remove the DOCTYPE",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
            + "<tbx xml:lang=\"en\"><text><body>&lol2;</body></text></tbx>\n"));
  }

  @Test
  void rejectsAnExternalEntity() throws IOException {
    assertEquals("a.tbx:2: DOCTYPE with an internal subset (entity declarations are not accepted); remove the DOCTYPE",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<tbx xml:lang=\"en\">&xxe;</tbx>\n"));
  }

  @Test
  void rejectsAnUndeclaredEntity() throws IOException {
    assertEquals("a.tbx:2: not well-formed XML (Undeclared general entity \"nbsp\"); fix the file or export it again",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<tbx xml:lang=\"en\"><text><body>&nbsp;</body></text></tbx>\n"));
  }

  @Test
  void ignoresABareExternalDtdWithoutFetchingIt() throws IOException {
    Path file = write("a.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://example.invalid/TBXcoreStructV02.dtd\">\n"
        + "<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>Seoul</term>"
        + "<termNote type=\"partOfSpeech\">properNoun</termNote></tig></langSet></termEntry></body></text></martif>\n");
    assertEquals(List.of(new Entry(EntryType.NAME, List.of("Seoul"), List.of(), MatchMode.EXACT, "")), load(file));
  }

  @Test
  void rejectsDeepNesting() throws IOException {
    assertEquals("a.tbx:2: elements nested deeper than 32; this is not a TBX glossary",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<tbx xml:lang=\"en\">" + "<p>".repeat(40) + "</p>".repeat(40) + "</tbx>\n"));
  }

  @Test
  void rejectsAFileThatIsNotTbx() throws IOException {
    assertEquals("a.tbx:2: not a TBX file: the root element is <xliff>, expected <tbx> (TBX 2019) or <martif> (TBX 2008)",
        rejected("a.tbx", "<?xml version=\"1.0\"?>\n<xliff xml:lang=\"en\"/>\n"));
  }

  @Test
  void rejectsTbxWithoutSourceLanguage() throws IOException {
    assertEquals("a.tbx:1: <tbx> has no xml:lang; give the source language there, e.g. <tbx xml:lang=\"en\">",
        rejected("a.tbx", "<tbx><text/></tbx>\n"));
  }

  @Test
  void rejectsABadLanguageTagInTbx() throws IOException {
    assertEquals("a.tbx:3: unknown language tag 'deutsch'; use a BCP 47 tag such as en or de",
        rejected("a.tbx", "<tbx xml:lang=\"en\"><text><body>\n<conceptEntry>\n<langSec xml:lang=\"deutsch\"/></conceptEntry></body></text></tbx>\n"));
  }

  @Test
  void rejectsAnUnknownMatchModeInTbx() throws IOException {
    assertEquals("a.tbx:2: unknown match mode 'loose'; use exact, ignore-case or inflected",
        rejected("a.tbx", "<tbx xml:lang=\"en\"><text><body><conceptEntry>\n<admin type=\"transdesk-match\">loose</admin></conceptEntry></body></text></tbx>\n"));
  }
}
