package org.transdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.ExitCode;

class LintCommandTest {
  @TempDir Path dir;
  private Path glossary;

  @BeforeEach
  void writeGlossary() throws Exception {
    glossary = dir.resolve("desk.csv");
    Files.writeString(glossary, """
        type,source,target_lang,target,forbidden,match,note
        name,Noh Kyu Duk,*,,Noh Kyu-duk,,
        name,Sung Kim,*,,,,
        """);
  }

  private Path xliff(String name, String targetLanguage, String... units) throws Exception {
    StringBuilder body = new StringBuilder();
    for (String unit : units) body.append(unit).append('\n');
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="news.txt" source-language="en" %s datatype="plaintext">
        <body>
        %s</body>
        </file>
        </xliff>
        """.formatted(targetLanguage == null ? "" : "target-language=\"" + targetLanguage + "\"", body));
    return file;
  }

  private static String unit(String id, String source, String target) {
    return "<trans-unit id=\"" + id + "\"><source>" + source + "</source><target state=\"translated\">" + target + "</target></trans-unit>";
  }

  private CliRun lint(String... args) {
    return CliRun.run(null, args);
  }

  @Test
  void cleanFileExitsZeroWithASummary() throws Exception {
    Path file = xliff("ok.xlf", "de", unit("1", "Sung Kim met Noh Kyu Duk.", "Sung Kim traf Noh Kyu Duk."));
    CliRun run = lint("lint", "--glossary", glossary.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void errorFindingExitsOneWithTextLines() throws Exception {
    Path file = xliff("bad.xlf", "de",
        unit("1", "Sung Kim met Noh Kyu Duk.", "Sung Kim traf Noh Kyu-duk."),
        unit("2", "In 2019.", "Im Jahr 2018."));
    CliRun run = lint("lint", "--glossary", glossary.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":5: 1: error: name-misspelled: the name 'Noh Kyu Duk' is written 'Noh Kyu-duk', a spelling the glossary forbids: write 'Noh Kyu Duk'\n"
            + file + ":6: 2: error: number-changed: the number 2019 of the source is not in the target (found 2018 instead): "
            + "keep the number, only its formatting may change\n",
        "lint: 1 file, 2 units: 2 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void failOnDecidesWhichFindingsFail() throws Exception {
    Path file = xliff("warn.xlf", "de", unit("1", "Details are secret.", "Details are secret."));
    assertEquals(ExitCode.OK, lint("lint", "--quiet", file.toString()).code());
    assertEquals(ExitCode.FINDINGS, lint("lint", "--quiet", "--fail-on", "warning", file.toString()).code());
    assertEquals(ExitCode.OK, lint("lint", "--quiet", "--fail-on", "never", xliff("bad.xlf", "de", unit("1", "2019", "")).toString()).code());
    CliRun bad = lint("lint", "--fail-on", "info", file.toString());
    assertEquals(ExitCode.USAGE, bad.code());
    assertTrue(bad.err().startsWith("error: unknown --fail-on level 'info': use error, warning or never; usage: "), bad.err());
  }

  @Test
  void quietPrintsNoSummary() throws Exception {
    Path file = xliff("warn.xlf", "de", unit("1", "Details are secret.", "Details are secret."));
    assertEquals(new CliRun(ExitCode.OK,
        file + ":5: 1: warning: target-same-as-source: the target is the same as the en source: translate it\n", ""),
        lint("lint", "--quiet", file.toString()));
  }

  @Test
  void jsonIsAListOnStdout() throws Exception {
    Path file = xliff("bad.xlf", "de", unit("1", "In 2019.", "Im Jahr 2018."));
    CliRun run = lint("lint", "--quiet", "--format", "json", file.toString());
    assertEquals(ExitCode.FINDINGS, run.code());
    var list = new ObjectMapper().readTree(run.out());
    assertEquals("[{\"rule\":\"number-changed\",\"severity\":\"error\",\"file\":\"" + file + "\",\"line\":5,\"document\":\"news.txt\","
        + "\"unit\":\"1\",\"language\":\"de\",\"span\":\"2018\",\"message\":\"the number 2019 of the source is not in the target "
        + "(found 2018 instead): keep the number, only its formatting may change\"}]", list.toString());
  }

  @Test
  void sarifIsOneRunOnStdout() throws Exception {
    Path file = xliff("bad.xlf", "de", unit("1", "In 2019.", "Im Jahr 2018."));
    CliRun run = lint("lint", "--quiet", "--format", "sarif", file.toString());
    var log = new ObjectMapper().readTree(run.out());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(1, log.get("runs").size());
    var location = log.get("runs").get(0).get("results").get(0).get("locations").get(0);
    assertEquals(5, location.get("physicalLocation").get("region").get("startLine").asInt());
    assertEquals("1", location.get("logicalLocations").get(0).get("name").asText());
  }

  @Test
  void unreadableFileExitsThreeWithTheReadersReasonAndOthersStillRun() throws Exception {
    Path broken = dir.resolve("broken.xlf");
    Files.writeString(broken, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file>");
    Path good = xliff("good.xlf", "de", unit("1", "In 2019.", "Im Jahr 2018."));
    CliRun run = lint("lint", broken.toString(), good.toString());
    assertEquals(ExitCode.REJECTED, run.code());
    assertEquals(good + ":5: 1: error: number-changed: the number 2019 of the source is not in the target (found 2018 instead): "
        + "keep the number, only its formatting may change\n", run.out());
    String[] err = run.err().split("\n");
    assertEquals(2, err.length, run.err());
    assertTrue(err[0].startsWith("error: " + broken + ":1: "), err[0]);
    assertEquals("lint: 1 file, 1 unit: 1 error, 0 warnings, 0 info; 1 file refused", err[1]);
  }

  @Test
  void missingPathIsRefused() {
    CliRun run = lint("lint", dir.resolve("none.xlf").toString());
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + dir.resolve("none.xlf") + ": no such file or folder; check the path\n"), run);
  }

  @Test
  void fileWithoutTargetLanguageNeedsLang() throws Exception {
    Path file = xliff("nolang.xlf", null, unit("1", "In 2019.", "Im Jahr 2019."));
    CliRun refused = lint("lint", file.toString());
    assertEquals(ExitCode.REJECTED, refused.code());
    assertEquals("error: " + file + ":3: the file does not say its target language; give it with --lang\n", refused.err());
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"),
        lint("lint", "--lang", "de", file.toString()));
  }

  @Test
  void fileOfSourcesOnlyNeedsNoTargetLanguage() throws Exception {
    Path file = xliff("sources.xlf", null, "<trans-unit id=\"1\"><source>In 2019.</source></trans-unit>");
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"), lint("lint", file.toString()));
  }

  @Test
  void unitTranslatedInPartIsCheckedOnItsTranslatedSegments() throws Exception {
    Path file = dir.resolve("partial.xlf");
    Files.writeString(file, """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
        <file id="f1"><unit id="1">
        <segment state="translated"><source>Talks resume in 2019.</source><target>Die Gespräche beginnen 2018 wieder.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>Sung Kim met 40 officials.</source></segment>
        </unit></file></xliff>
        """);
    CliRun run = lint("lint", "--glossary", glossary.toString(), file.toString());
    // The untranslated second sentence's name and number are not reported as lost; the first sentence's wrong year is.
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":2: 1: warning: target-incomplete: 1 of the unit's 2 segments has no target: translate it or the unit stays unfinished\n"
            + file + ":2: 1: error: number-changed: the number 2019 of the source is not in the target (found 2018 instead): "
            + "keep the number, only its formatting may change\n",
        "lint: 1 file, 1 unit: 1 error, 1 warning, 0 info\n"), run);
  }

  @Test
  void aPlaceholderTargetLanguageIsReadAndAMalformedOneRefused() throws Exception {
    // OmegaT's corpus writes target-language="xx"; the checks that need no language still run
    Path placeholder = xliff("xx.xlf", "xx", unit("1", "Talks resume in 2019.", "Talks resume in 2018."));
    assertEquals(new CliRun(ExitCode.FINDINGS,
        placeholder + ":5: 1: error: number-changed: the number 2019 of the source is not in the target (found 2018 instead): "
            + "keep the number, only its formatting may change\n",
        "lint: 1 file, 1 unit: 1 error, 0 warnings, 0 info\n"), lint("lint", placeholder.toString()));
    Path malformed = xliff("bad.xlf", "d€", unit("1", "Talks resume in 2019.", "Talks resume in 2019."));
    CliRun refused = lint("lint", malformed.toString());
    assertEquals(ExitCode.REJECTED, refused.code(), refused.err());
    assertTrue(refused.err().contains(malformed + ":3: the target language 'd€' is not a BCP 47 tag; fix the file or give --lang"),
        refused.err());
  }

  @Test
  void aUnitTranslatedInPartIsUnfinishedWhicheverSegmentComesFirst() throws Exception {
    // Segments without a state are initial (the spec's default); the translated one first made the unit read as done.
    Path file = dir.resolve("order.xlf");
    Files.writeString(file, """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
        <file id="f1">
        <unit id="1"><segment id="s1"><source>One.</source><target>Un.</target></segment><segment id="s2"><source>Two.</source></segment></unit>
        <unit id="2"><segment id="s1"><source>One.</source><target>Un.</target></segment><segment id="s2" state="initial"><source>Two.</source></segment></unit>
        <unit id="3"><segment id="s2"><source>Two.</source></segment><segment id="s1"><source>One.</source><target>Un.</target></segment></unit>
        </file></xliff>
        """);
    String finding = ": warning: target-incomplete: 1 of the unit's 2 segments has no target: translate it or the unit stays unfinished\n";
    assertEquals(new CliRun(ExitCode.OK, file + ":3: 1" + finding + file + ":4: 2" + finding + file + ":5: 3" + finding,
        "lint: 1 file, 3 units: 0 errors, 3 warnings, 0 info\n"), lint("lint", file.toString()));
  }

  @Test
  void omegatGlossaryChecksTermsInEveryTargetLanguage() throws Exception {
    Path omegat = dir.resolve("project.tab");
    Files.writeString(omegat, "# Glossary in tab-separated format -*- coding: utf-8 -*-\nsanctions\tSanktionen\tdesk term\n");
    Path file = xliff("terms.xlf", "de", unit("1", "The sanctions stay.", "Die Strafmaßnahmen bleiben."));
    assertEquals(new CliRun(ExitCode.OK,
        file + ":5: 1: warning: term-not-approved: the term 'sanctions' is not rendered with an approved translation: use 'Sanktionen'\n",
        "lint: 1 file, 1 unit: 0 errors, 1 warning, 0 info\n"), lint("lint", "--glossary", omegat.toString(), file.toString()));
  }

  @Test
  void folderIsSearchedForXliffFiles() throws Exception {
    xliff("in/a.xlf", "de", unit("1", "In 2019.", "Im Jahr 2019."));
    xliff("in/sub/b.xliff", "de", unit("1", "In 2019.", "Im Jahr 2019."));
    Files.writeString(dir.resolve("in/notes.txt"), "not xliff");
    assertEquals("lint: 2 files, 2 units: 0 errors, 0 warnings, 0 info\n", lint("lint", dir.resolve("in").toString()).err());
  }

  @Test
  void baselineRoundTripAcceptsTodaysFindingsAndRaisesChangedOnes() throws Exception {
    Path file = xliff("bad.xlf", "de", unit("1", "In 2019.", "Im Jahr 2018."), unit("2", "Sung Kim came.", "Er kam."));
    Path baseline = dir.resolve("baseline.json");
    CliRun write = lint("lint", "--glossary", glossary.toString(), "--write-baseline", baseline.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.OK, "", "lint: wrote 2 accepted findings to " + baseline + "; use it with --baseline " + baseline + "\n"),
        write);
    CliRun accepted = lint("lint", "--glossary", glossary.toString(), "--baseline", baseline.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 2 units: 0 errors, 0 warnings, 0 info; 2 accepted by the baseline\n"), accepted);

    xliff("bad.xlf", "de", unit("1", "In 2019.", "Im Jahr 2017."), unit("2", "Sung Kim came.", "Er kam."));
    CliRun changed = lint("lint", "--glossary", glossary.toString(), "--baseline", baseline.toString(), file.toString());
    assertEquals(ExitCode.FINDINGS, changed.code());
    assertEquals(file + ":5: 1: error: number-changed: the number 2019 of the source is not in the target (found 2017 instead): "
        + "keep the number, only its formatting may change\n", changed.out());
  }

  @Test
  void ignoreNoteAcceptsARule() throws Exception {
    Path file = xliff("note.xlf", "de", "<trans-unit id=\"1\"><source>Share to friends</source>"
        + "<target state=\"translated\">Share to friends</target><note>transdesk-ignore: target-same-as-source</note></trans-unit>");
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info; 1 ignored by transdesk-ignore notes\n"),
        lint("lint", "--fail-on", "warning", file.toString()));
  }

  @Test
  void defaultGlossaryIsEveryGlossaryInTheWorkingFolder() throws Exception {
    Path folder = dir.resolve("desk");
    Files.createDirectories(folder.resolve("glossaries"));
    Files.copy(glossary, folder.resolve("glossaries/desk.csv"));
    LintGlossary loaded = LintGlossary.load(null, folder);
    assertEquals(List.of(folder.resolve("glossaries/desk.csv")), loaded.files());
    assertEquals(2, loaded.entries());
    assertEquals(0, LintGlossary.load(null, dir.resolve("elsewhere")).entries());
  }

  @Test
  void brokenGlossaryIsRefused() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "type,source,target_lang\nperson,Kim,*\n");
    Path file = xliff("ok.xlf", "de", unit("1", "In 2019.", "Im Jahr 2019."));
    CliRun run = lint("lint", "--glossary", bad.toString(), file.toString());
    assertEquals(ExitCode.REJECTED, run.code());
    assertTrue(run.err().startsWith("error: " + bad + ":2: "), run.err());
  }

  @Test
  void fileWithoutSourceLanguageIsNotSentToLangButTakesSourceLang() throws Exception {
    // locize's example_note12.xliff: a second <file> without source-language
    Path file = dir.resolve("nosource.xlf");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="news.txt" target-language="de" datatype="plaintext">
        <body>
        %s
        </body>
        </file>
        </xliff>
        """.formatted(unit("1", "In 2019.", "Im Jahr 2019.")));
    CliRun run = lint("lint", "--lang", "de", file.toString());
    assertEquals(new CliRun(ExitCode.REJECTED, "",
        "error: " + file + ":3: the file does not say its source language; give it with --source-lang\n"), run);
    CliRun told = lint("lint", "--source-lang", "en", "--fail-on", "warning", file.toString());
    assertEquals(ExitCode.OK, told.code(), told::toString);
    assertTrue(told.err().startsWith("lint: 1 file, 1 unit: 0 errors, 0 warnings"), told::toString);
    Files.writeString(file, Files.readString(file).replace("Im Jahr 2019.", "Im Jahr 2018."));
    CliRun checked = lint("lint", "--source-lang", "en", file.toString());
    assertEquals(ExitCode.FINDINGS, checked.code(), checked::toString);
    assertTrue(checked.out().contains("number"), checked::toString);
  }

  @Test
  void titlesRenderedOnlyForAnotherLanguageAskNothingOfThisOne() throws Exception {
    Path germanOnly = dir.resolve("titles.csv");
    Files.writeString(germanOnly, """
        type,source,target_lang,target,forbidden
        title,tribunal,de,Schiedsgericht,Tribunal
        term,sinkhole,de,Erdfall,
        """);
    Path french = xliff("fr.xlf", "fr", unit("1", "The tribunal ruled on the sinkhole.", "Le tribunal a statué sur la doline."));
    Path german = xliff("de.xlf", "de", unit("1", "The tribunal ruled on the sinkhole.", "Das Tribunal entschied über das Loch."));
    CliRun run = lint("lint", "--glossary", germanOnly.toString(), french.toString(), german.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        german + ":5: 1: error: term-forbidden: the title 'tribunal' is rendered 'Tribunal', which the glossary forbids: use 'Schiedsgericht'\n"
            + german + ":5: 1: warning: term-not-approved: the term 'sinkhole' is not rendered with an approved translation: use 'Erdfall'\n",
        "lint: the glossaries loaded have no entries for en → fr, so the glossary checks do not apply to this pair (" + germanOnly
            + " has target de)\nlint: 2 files, 2 units: 1 error, 1 warning, 0 info\n"), run);
  }

  @Test
  void aNameKeepsItsSourceSpellingOnlyInTargetsWrittenInTheSourcesScript() throws Exception {
    Path names = dir.resolve("names.csv");
    Files.writeString(names, """
        type,source,target_lang,target,forbidden
        name,Pyongyang,de,Pjöngjang,Pyongyang
        name,Pyongyang,fr,Pyongyang,
        name,Berlin,de,,
        """);
    Path japanese = xliff("ja.xlf", "ja", unit("1", "Pyongyang and Berlin.", "平壌とベルリン。"));
    assertEquals(new CliRun(ExitCode.OK, "", "lint: the glossaries loaded have no entries for en → ja, so the glossary checks do not apply"
            + " to this pair (" + names + " has targets de, fr)\nlint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", names.toString(), japanese.toString()));

    // A row for every language applies as written; Polish is written in Latin letters, as English is.
    Path everywhere = dir.resolve("everywhere.csv");
    Files.writeString(everywhere, "type,source,target_lang,target,forbidden\nname,Seoul,*,Seoul,\n");
    Path russian = xliff("ru.xlf", "ru", unit("1", "Seoul, Pyongyang and Berlin.", "Сеул, Пхеньян и Берлин."));
    Path polish = xliff("pl.xlf", "pl", unit("1", "Seoul, Pyongyang and Berlin.", "Seul, Phenian i Berlin."));
    assertEquals(new CliRun(ExitCode.FINDINGS,
        russian + ":5: 1: error: name-missing: the name 'Seoul' of the source is missing from the target: write 'Seoul'\n"
            + polish + ":5: 1: error: name-misspelled: the name 'Seoul' is misspelled as 'Seul': write 'Seoul'\n"
            + polish + ":5: 1: error: name-missing: the name 'Pyongyang' of the source is missing from the target: write 'Pyongyang'\n",
        "lint: 2 files, 2 units: 3 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", names.toString(), "--glossary", everywhere.toString(), russian.toString(), polish.toString()));
  }

  @Test
  void glossaryRowsInThreeLetterCodesServeTheTwoLetterLanguage() throws Exception {
    Path deu = dir.resolve("deu.csv");
    Files.writeString(deu, """
        type,source,target_lang,target,forbidden
        name,Pyongyang,deu,Pjöngjang,Pyongyang
        """);
    Path file = xliff("de.xlf", "de", unit("1", "Talks in Pyongyang.", "Gespräche in Pyongyang."));
    CliRun run = lint("lint", "--glossary", deu.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":5: 1: error: name-misspelled: the name 'Pyongyang' is written 'Pyongyang', a spelling the glossary forbids: write 'Pjöngjang'\n",
        "lint: 1 file, 1 unit: 1 error, 0 warnings, 0 info\n"), run);
  }

  @Test
  void aNameMisspelledInEveryWordIsAMisspelledNameNotAnAdjective() throws Exception {
    Path names = dir.resolve("names.csv");
    Files.writeString(names, """
        type,source,target_lang,target,forbidden
        name,Angela Merkel,*,,
        name,Vladimir Putin,*,,
        name,Vladimir Putin,el,Βλαντιμίρ Πούτιν,
        """);
    Path german = xliff("de.xlf", "de", unit("1", "Angela Merkel spoke.", "Angla Merkl sprach."),
        unit("2", "Vladimir Putin spoke.", "Vladmir Ptin sprach."));
    Path greek = xliff("el.xlf", "el", unit("1", "Vladimir Putin spoke.", "Ο Βλαντιμιρ Πουτιν μίλησε."));
    CliRun run = lint("lint", "--glossary", names.toString(), german.toString(), greek.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        german + ":5: 1: error: name-misspelled: the name 'Angela Merkel' is misspelled as 'Angla Merkl': write 'Angela Merkel'\n"
            + german + ":6: 2: error: name-misspelled: the name 'Vladimir Putin' is misspelled as 'Vladmir Ptin': write 'Vladimir Putin'\n"
            + greek + ":5: 1: error: name-misspelled: the name 'Vladimir Putin' is misspelled as 'Βλαντιμιρ Πουτιν': "
            + "write 'Βλαντιμίρ Πούτιν'\n",
        "lint: 2 files, 3 units: 3 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void tbxNormativeAuthorizationForbidsAndAnUnknownStatusIsRefused() throws Exception {
    String tbx = """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <text><body><conceptEntry id="c1">
            <descrip type="subjectField">title</descrip>
            <langSec xml:lang="en"><termSec><term>Secretary of State</term></termSec></langSec>
            <langSec xml:lang="de">
              <termSec><term>Außenminister</term></termSec>
              <termSec><term>Staatssekretär</term><termNote type="normativeAuthorization">%s</termNote></termSec>
            </langSec>
          </conceptEntry></body></text>
        </tbx>
        """;
    Path titles = dir.resolve("titles.tbx");
    Files.writeString(titles, tbx.formatted("deprecatedTerm"));
    Path file = xliff("de.xlf", "de", unit("1", "The Secretary of State spoke.", "Der Staatssekretär sprach."));
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":5: 1: error: term-forbidden: the title 'Secretary of State' is rendered 'Staatssekretär', which the glossary forbids: "
            + "use 'Außenminister'\n",
        "lint: 1 file, 1 unit: 1 error, 0 warnings, 0 info\n"), lint("lint", "--glossary", titles.toString(), file.toString()));
    Files.writeString(titles, tbx.formatted("deprecatedTerm-admin-sts"));
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + titles + ":7: unknown normativeAuthorization 'deprecatedTerm-admin-sts'; "
        + "use preferredTerm, admittedTerm, standardizedTerm, legalTerm or regulatedTerm for an approved term, "
        + "deprecatedTerm, supersededTerm, notRecommendedTerm, obsoleteTerm or forbidden for a forbidden one (with or without -admn-sts)\n"),
        lint("lint", "--glossary", titles.toString(), file.toString()));
  }

  @Test
  void invisibleCharactersInsideWordsDoNotBreakMatching() throws Exception {
    // A soft hyphen, zero-width space, word joiner or stray BOM inside a word is invisible to a reader.
    Path names = dir.resolve("names.csv");
    Files.writeString(names, """
        type,source,target_lang,target,forbidden
        name,Angela Mer\u00adkel\u200b,*,,
        title,Secretary of State,de,Außen\u00administer,Staatssekretär
        """);
    Path file = xliff("de.xlf", "de",
        unit("1", "Angela Merkel met the Secretary of State.", "Angela Mer\u200bkel traf den Außenminister\ufeff."),
        unit("2", "Angela Mer\u2060kel met the Secretary of State.", "Angela Merkel traf den Staats\u00adsekretär."),
        unit("3", "Angela Merkel spoke.", "Angela Merk\u00adl sprach."));
    CliRun run = lint("lint", "--glossary", names.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":6: 2: error: term-forbidden: the title 'Secretary of State' is rendered 'Staats\u00adsekretär', which the glossary forbids: "
            + "use 'Außenminister'\n"
            + file + ":7: 3: error: name-misspelled: the name 'Angela Merkel' is misspelled as 'Angela Merk\u00adl': write 'Angela Merkel'\n",
        "lint: 1 file, 3 units: 2 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void chineseAndJapaneseNamesAndTitlesAreFoundInsideAClause() throws Exception {
    Path names = dir.resolve("names.csv");
    Files.writeString(names, """
        type,source,target_lang,target,forbidden
        name,Vladimir Putin,zh,弗拉基米尔·普京,普金
        name,Vladimir Putin,ja,ウラジーミル・プーチン,
        name,Xi Jinping,zh,习近平,
        title,President,zh,主席|总统,
        title,President,ja,大統領,
        """);
    Path chinese = xliff("zh.xlf", "zh",
        unit("1", "Vladimir Putin spoke.", "弗拉基米尔·普京发表讲话。"),
        unit("2", "President Xi Jinping spoke.", "国家主席习近平发表讲话。"),
        unit("3", "Vladimir Putin spoke.", "普金发表讲话。"),
        unit("4", "President Xi Jinping spoke.", "习进平主席发表讲话。"),
        unit("5", "Vladimir Putin spoke.", "普京发表讲话。"),
        unit("6", "Vladimir Putin spoke.", "弗拉基米尔・普京发表讲话。"));
    Path japanese = xliff("ja.xlf", "ja", unit("1", "President Vladimir Putin spoke.", "ウラジーミル・プーチン大統領が演説した。"));
    CliRun run = lint("lint", "--glossary", names.toString(), chinese.toString(), japanese.toString());
    // No guesses from a character or two in common: "普京" is neither a part nor a misspelling of the name.
    assertEquals(new CliRun(ExitCode.FINDINGS,
        chinese + ":7: 3: error: name-misspelled: the name 'Vladimir Putin' is written '普金', a spelling the glossary forbids: "
            + "write '弗拉基米尔·普京'\n"
            + chinese + ":8: 4: error: name-missing: the name 'Xi Jinping' of the source is missing from the target: write '习近平'\n"
            + chinese + ":9: 5: error: name-missing: the name 'Vladimir Putin' of the source is missing from the target: "
            + "write '弗拉基米尔·普京'\n",
        "lint: 2 files, 7 units: 3 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void aNameStartingInLowerCaseIsCheckedWhenASentenceStartsWithIt() throws Exception {
    Path names = dir.resolve("names.csv");
    Files.writeString(names, """
        type,source,target_lang,target,forbidden
        name,von der Leyen,*,,
        name,de Gaulle,*,,
        name,van Gogh,*,,
        """);
    Path file = xliff("de.xlf", "de",
        unit("1", "Von der Leyen said.", "Von der Layen sagte."),
        unit("2", "Von der Leyen said.", "Von der Leyen sagte."),
        unit("3", "He met de Gaulle.", "Er traf De Gaulle."),
        unit("4", "\"von der Leyen\" was the answer.", "„Von der Leyen“ war die Antwort."),
        unit("5", "It rained. Van Gogh painted.", "Es regnete. Van Gog malte."),
        unit("6", "Van Gogh painted.", "Gemalt hat Van Gogh."));
    CliRun run = lint("lint", "--glossary", names.toString(), file.toString());
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":5: 1: error: name-misspelled: the name 'Von der Leyen' is misspelled as 'Von der Layen': write 'von der Leyen'\n"
            + file + ":7: 3: error: name-misspelled: the name 'de Gaulle' is misspelled as 'De Gaulle': write 'de Gaulle'\n"
            + file + ":9: 5: error: name-misspelled: the name 'Van Gogh' is misspelled as 'Van Gog': write 'van Gogh'\n"
            + file + ":10: 6: error: name-misspelled: the name 'Van Gogh' is misspelled as 'Van Gogh': write 'van Gogh'\n",
        "lint: 1 file, 6 units: 4 errors, 0 warnings, 0 info\n"), run);
  }

  @Test
  void aRegionsRenderingsServeAFileInTheBareLanguageWhenTheyAreTheOnlyOnes() throws Exception {
    Path titles = dir.resolve("titles.csv");
    Files.writeString(titles, """
        type,source,target_lang,target,forbidden
        title,Secretary of State,de-DE,Außenminister,Staatssekretär
        title,Chancellor,de-DE,Bundeskanzler,Kanzler
        title,Chancellor,de,Bundeskanzlerin,
        title,foreign minister,de-DE,Außenminister,
        title,foreign minister,de-CH,Aussenminister,
        """);
    Path file = xliff("de.xlf", "de", unit("1", "The Secretary of State met the Chancellor and a foreign minister.",
        "Der Staatssekretär traf den Kanzler und einen Außenamtschef."));
    Path austrian = xliff("de-AT.xlf", "de-AT", unit("1", "The Secretary of State spoke.", "Der Staatssekretär sprach."));
    assertEquals(new CliRun(ExitCode.FINDINGS,
        file + ":5: 1: error: term-forbidden: the title 'Secretary of State' is rendered 'Staatssekretär', which the glossary forbids: "
            + "use 'Außenminister'\n"
            + file + ":5: 1: error: term-not-approved: the title 'Chancellor' is not rendered with an approved translation: use 'Bundeskanzlerin'\n",
        "lint: 2 files, 2 units: 2 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", titles.toString(), file.toString(), austrian.toString()));
  }

  @Test
  void codeFindingsNameTheCodeByTheIdTheFileGivesIt() throws Exception {
    // Memsource writes <ph id="source1" dataRef="source1"/>, Angular <x id="INTERPOLATION"/>
    Path xliff2 = dir.resolve("memsource.xlf");
    Files.writeString(xliff2, """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1">
            <unit id="u1">
              <segment state="translated">
                <source><ph id="source1"/>Click <pc id="source2">here</pc>.<ph id="source3"/></source>
                <target><ph id="source1"/>Klicken Sie <pc id="source2">hier</pc>.</target>
              </segment>
            </unit>
          </file>
        </xliff>
        """);
    Path angular = xliff("angular.xlf", "de",
        unit("u2", "Hello <x id=\"INTERPOLATION\"/> and <x id=\"2\"/>!", "Hallo <x id=\"2\"/> und <x id=\"INTERPOLATION\"/>!"));
    CliRun run = lint("lint", "--fail-on", "never", xliff2.toString(), angular.toString());
    assertEquals(new CliRun(ExitCode.OK,
        xliff2 + ":4: u1: error: code-missing: inline code <ph id=\"source3\"/> of the source is missing from the target: "
            + "keep every code of the source\n"
            + angular + ":5: u2: warning: code-order: the inline codes are in a different order than in the source (source "
            + "<ph id=\"INTERPOLATION\"/> <ph id=\"2\"/>, target <ph id=\"2\"/> <ph id=\"INTERPOLATION\"/>): "
            + "check that each code still marks the right words\n",
        "lint: 2 files, 2 units: 1 error, 1 warning, 0 info\n"), run);
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    CliRun run = lint("lint", "--format", "xml", xliff("ok.xlf", "de", unit("1", "a", "b")).toString());
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().startsWith("error: unknown format 'xml': use text, json or sarif; usage: "), run.err());
  }

  @Test
  void realToolFilesLintWithoutCrashing() throws Exception {
    Path corpora = Path.of("..", "shared", "corpora").toAbsolutePath().normalize();
    if (!Files.isDirectory(corpora)) corpora = Path.of("/work/shared/corpora");
    List<String> folders = Stream.of("matecat-xliff-parser", "locize-xliff", "omegat")
        .map(corpora::resolve).filter(Files::isDirectory).map(Path::toString).toList();
    assertEquals(3, folders.size(), "corpora not found beside the repository: " + corpora);
    String[] args = Stream.concat(Stream.of("lint", "--lang", "de", "--fail-on", "never"), folders.stream()).toArray(String[]::new);
    CliRun run = lint(args);
    assertNotEquals(ExitCode.BUG, run.code(), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    for (String line : run.err().split("\n")) {
      assertTrue(line.startsWith("error: ") || line.startsWith("lint: "), line);
    }
    assertTrue(run.out().lines().allMatch(line -> line.matches("[^\\n]+:\\d+: [^:]+: (error|warning|info): [a-z-]+: .+")),
        run.out());
  }

  @Test
  void aGlossaryWithoutEntriesForThePairSaysSoOnceOnStderr() throws Exception {
    // The root's xml:lang says German: German terms are the source forms, so nothing serves en → de.
    Path tbx = dir.resolve("titles.tbx");
    Files.writeString(tbx, "<martif xml:lang=\"de\"><text><body><termEntry><descrip type=\"subjectField\">title</descrip>"
        + "<langSet xml:lang=\"en\"><tig><term>Secretary of State</term></tig></langSet><langSet xml:lang=\"de\"><tig><term>Außenminister</term></tig>"
        + "<tig><term>Staatssekretär</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig></langSet>"
        + "</termEntry></body></text></martif>\n");
    Path one = xliff("one.xlf", "de", unit("1", "Secretary of State Blinken.", "Staatssekretär Blinken."));
    Path two = xliff("two.xlf", "de", unit("1", "The Secretary of State.", "Der Staatssekretär."));
    assertEquals(new CliRun(ExitCode.OK, "", "lint: the glossaries loaded have no entries for en → de, so the glossary checks do not apply"
            + " to this pair (" + tbx + " has de → de, en)\nlint: 2 files, 2 units: 0 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", tbx.toString(), one.toString(), two.toString()));
    assertEquals(new CliRun(ExitCode.OK, "", ""), lint("lint", "--quiet", "--glossary", tbx.toString(), one.toString()));

    // A German-only glossary of titles and a French file; the names glossary serves every language.
    Path titles = dir.resolve("titles.csv");
    Files.writeString(titles, "type,source,target_lang,target,forbidden,match,note\ntitle,Secretary of State,de,Außenminister,Staatssekretär,,\n");
    Path french = xliff("fr.xlf", "fr", unit("1", "The Secretary of State.", "Le secrétaire d'État."));
    assertEquals(new CliRun(ExitCode.OK, "", "lint: the glossaries loaded have no entries for en → fr, so the glossary checks do not apply"
            + " to this pair (" + titles + " has target de)\nlint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", titles.toString(), french.toString()));
    assertEquals(new CliRun(ExitCode.OK, "", "lint: 1 file, 1 unit: 0 errors, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", titles.toString(), "--glossary", glossary.toString(), french.toString()));
  }

  @Test
  void tbxUsageStatusDoNotUseForbidsTheTerm() throws Exception {
    Path tbx = dir.resolve("titles.tbx");
    Files.writeString(tbx, """
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <text><body><conceptEntry id="c1"><descrip type="subjectField">title</descrip>
            <langSec xml:lang="en"><termSec><term>Secretary of State</term></termSec></langSec>
            <langSec xml:lang="de"><termSec><term>Außenminister</term></termSec>
              <termSec><term>Staatssekretär</term><termNote type="usageStatus">doNotUse</termNote></termSec></langSec>
          </conceptEntry></body></text>
        </tbx>
        """);
    Path file = xliff("bad.xlf", "de", unit("1", "The Secretary of State.", "Der Staatssekretär."));
    assertEquals(new CliRun(ExitCode.FINDINGS, file + ":5: 1: error: term-forbidden: the title 'Secretary of State' is rendered"
            + " 'Staatssekretär', which the glossary forbids: use 'Außenminister'\n", "lint: 1 file, 1 unit: 1 error, 0 warnings, 0 info\n"),
        lint("lint", "--glossary", tbx.toString(), file.toString()));
  }

  @Test
  void aGlossaryWithoutEntriesIsRefusedAndAFolderLoadsItsGlossaries() throws Exception {
    Path file = xliff("bad.xlf", "de", unit("1", "Sung Kim met Noh Kyu Duk.", "Sung Kim traf Noh Kyu-duk."));
    Path headerOnly = dir.resolve("header.csv");
    Files.writeString(headerOnly, "type,source,target_lang,target,forbidden,match,note\n");
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + headerOnly
            + ": empty glossary (a header and no rows); add a row for each name, title or term\n"),
        lint("lint", "--glossary", headerOnly.toString(), file.toString()));
    Path emptyTbx = dir.resolve("empty.tbx");
    Files.writeString(emptyTbx, "");
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + emptyTbx + ":1: empty glossary (the file is empty); export the TBX file again\n"),
        lint("lint", "--glossary", emptyTbx.toString(), file.toString()));
    Path emptyOmegat = dir.resolve("glossary.txt");
    Files.writeString(emptyOmegat, "");
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + emptyOmegat
            + ": empty glossary (no term lines); an OmegaT glossary line is term<TAB>translation<TAB>comment\n"),
        lint("lint", "--glossary", emptyOmegat.toString(), file.toString()));

    Path folder = Files.createDirectories(dir.resolve("glossaries"));
    Files.copy(glossary, folder.resolve("desk.csv"));
    assertEquals(ExitCode.FINDINGS, lint("lint", "--glossary", folder.toString(), file.toString()).code());
    Path none = Files.createDirectories(dir.resolve("none"));
    assertEquals(new CliRun(ExitCode.REJECTED, "", "error: " + none
            + ": a folder without .csv or .tbx glossaries; give a glossary file, or a folder that has some\n"),
        lint("lint", "--glossary", none.toString(), file.toString()));
  }
}
