package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.Language;
import org.transdesk.store.Database;
import org.transdesk.store.DatabaseDump;
import org.transdesk.store.SegmentStore;
import org.transdesk.store.StatusStore;
import org.transdesk.store.StoreFixture;

class IngesterTest {
  private static final SentenceRules RULES = SentenceRules.standard();

  @TempDir Path dir;

  private String db() {
    return dir.resolve("desk.db").toString();
  }

  private List<FileResult> ingest(int jobs, Path... files) {
    return ingest("en", jobs, files);
  }

  private List<FileResult> ingest(String sourceLang, int jobs, Path... files) {
    try (Database database = Database.open(db())) {
      List<Language> targets = Language.parseList("de,fr").stream().filter(t -> !t.tag().equals(sourceLang)).toList();
      Ingester ingester = new Ingester(new SegmentStore(database), RULES, Language.parse(sourceLang), targets, null, jobs);
      List<FileResult> results = new ArrayList<>();
      ingester.ingest(List.of(files), results::add);
      return results.stream().map(r -> new FileResult(r.name(), r.outcome(), r.version(), r.segments(), r.added(), r.unchanged(),
          r.changed(), r.restored(), r.dropped(), r.words(), r.needsUpdate(), r.targetsAdded(), 0, 0)).toList();
    }
  }

  private List<String> segments() {
    return StoreFixture.rows(db(), "SELECT id, position, paragraph, active, version_added, version_dropped, replaces, repeat_of, source"
        + " FROM segment ORDER BY id");
  }

  @Test
  void firstIngestStoresSentencesRepeatsAndTargets() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Kim met Biden.\n\nKim met Biden. Talks went on.\n");
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.NEW, 1, 3, 3, 0, 0, 0, 0, 9, 0, List.of("de", "fr"), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|1|1|1|1|null|null|null|Kim met Biden.",
        "2|2|2|1|1|null|null|1|Kim met Biden.",
        "3|3|2|1|1|null|null|null|Talks went on."), segments());
    assertEquals(List.of("de", "fr"), StoreFixture.rows(db(), "SELECT lang FROM document_target ORDER BY lang"));
  }

  @Test
  void reingestKeepsUnchangedAddsNewDropsGoneAndCarriesChangedTranslationsAsNeedsUpdate() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, """
        Talks in Seoul

        Kim met Biden in Seoul on Monday. The talks lasted two hours. Nobody spoke to the press.

        Both sides want to meet again.
        """);
    ingest(1, file);
    StoreFixture.translate(db(), 1, "de", "Gespräche in Seoul", "final");
    StoreFixture.translate(db(), 2, "de", "Kim traf Biden am Montag in Seoul.", "reviewed");
    StoreFixture.translate(db(), 2, "fr", "Kim a rencontré Biden lundi à Séoul.", "translated");
    Files.writeString(file, """
        Talks in Seoul

        Kim met Biden in Seoul on Tuesday. The talks lasted two hours. A statement followed.

        Both sides want to meet again.
        """);

    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 2, 5, 1, 3, 1, 0, 1, 24, 2, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|1|1|1|1|null|null|null|Talks in Seoul",
        "2|2|2|0|1|2|null|null|Kim met Biden in Seoul on Monday.",
        "3|3|2|1|1|null|null|null|The talks lasted two hours.",
        "4|4|2|0|1|2|null|null|Nobody spoke to the press.",
        "5|5|3|1|1|null|null|null|Both sides want to meet again.",
        "6|2|2|1|2|null|2|null|Kim met Biden in Seoul on Tuesday.",
        "7|4|2|1|2|null|null|null|A statement followed."), segments());
    assertEquals(List.of(
        "1|de|Gespräche in Seoul|final|null",
        "2|de|Kim traf Biden am Montag in Seoul.|reviewed|null",
        "2|fr|Kim a rencontré Biden lundi à Séoul.|translated|null",
        "6|de|Kim traf Biden am Montag in Seoul.|needs-update|Kim met Biden in Seoul on Monday.",
        "6|fr|Kim a rencontré Biden lundi à Séoul.|needs-update|Kim met Biden in Seoul on Monday."),
        StoreFixture.rows(db(), "SELECT segment_id, lang, target, state, previous_source FROM translation ORDER BY segment_id, lang"));
    assertEquals(List.of(
        "6|de|reviewed|needs-update|reingest|" + name(file),
        "6|fr|translated|needs-update|reingest|" + name(file)),
        StoreFixture.rows(db(), "SELECT segment_id, lang, old_state, new_state, reason, source_file FROM history ORDER BY id"));
    assertEquals(List.of("1", "2"), StoreFixture.rows(db(), "SELECT version FROM document_version ORDER BY version"));
    try (Database database = Database.open(db())) {
      StatusStore.DocumentStatus status = new StatusStore(database).status().get(0);
      assertEquals("{de={new=3, translated=0, reviewed=0, final=1, needs-update=1}, fr={new=4, translated=0, reviewed=0, final=0, needs-update=1}}",
          status.languages().toString());
    }
  }

  @Test
  void aSentenceChangedTwiceStillShowsTheSourceItsTranslationWasMadeFor() throws Exception {
    Path file = dir.resolve("rates.txt");
    Files.writeString(file, "Inflation fell to 3.5 percent in December, the lowest since 2021.\n");
    ingest(1, file);
    StoreFixture.translate(db(), 1, "de", "Die Inflation fiel im Dezember auf 3,5 Prozent, den tiefsten Stand seit 2021.", "translated");
    Files.writeString(file, "Inflation fell to 3.4 percent in December, the lowest since 2021.\n");
    ingest(1, file);
    Files.writeString(file, "Inflation fell to 3.4 percent in December, the lowest since 2020.\n");
    ingest(1, file);
    assertEquals(List.of(
        "1|translated|null",
        "2|needs-update|Inflation fell to 3.5 percent in December, the lowest since 2021.",
        "3|needs-update|Inflation fell to 3.5 percent in December, the lowest since 2021."),
        StoreFixture.rows(db(), "SELECT segment_id, state, previous_source FROM translation WHERE lang = 'de' ORDER BY segment_id"));
  }

  @Test
  void aSentenceThatAppearsTwiceGetsItsDroppedCopyBackWhenTheEditIsUndone() throws Exception {
    Path file = dir.resolve("twice.txt");
    String v1 = "The mayor spoke on Monday. Officials said.\n\nRain is expected. Officials said.\n";
    Files.writeString(file, v1);
    ingest(1, file);
    for (long id = 1; id <= 4; id++) StoreFixture.translate(db(), id, "de", "de " + id, "translated");
    Files.writeString(file, "The mayor spoke on Monday. Officials said.\n\nRain is expected.\n");
    ingest(1, file);
    Files.writeString(file, v1);
    ingest(1, file);
    // the second "Officials said." (segment 4) is back with its translation, not a new untranslated segment
    assertEquals(List.of("1|translated", "2|translated", "3|translated", "4|translated"),
        StoreFixture.rows(db(), "SELECT s.id, t.state FROM segment s JOIN translation t ON t.segment_id = s.id AND t.lang = 'de'"
            + " WHERE s.active = 1 ORDER BY s.position"));
    assertEquals(List.of("4"), StoreFixture.rows(db(), "SELECT count(*) FROM segment"));
  }

  @Test
  void anEditUndoneRestoresTheSegmentsAndTranslationsOfTheSentencesThatCameBack() throws Exception {
    Path file = dir.resolve("s.txt");
    String v1 = """
        Storm hits coast

        A powerful storm hit the coast on Tuesday, officials said. Winds reached 120 km/h.

        Schools will reopen on Friday.

        The weather service warned of more rain. Residents should stay indoors.
        """;
    Files.writeString(file, v1);
    ingest(1, file);
    for (long id = 1; id <= 6; id++) StoreFixture.translate(db(), id, "de", "de " + id, "translated");
    Files.writeString(file, """
        Storm hits coast

        A powerful storm hit the coast. It came on Tuesday, officials said. Winds reached 130 km/h.

        Schools will reopen on Friday.

        The weather service warned of more rain, and residents should stay indoors.
        """);
    ingest(1, file);
    Files.writeString(file, v1);

    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 3, 6, 0, 2, 0, 4, 4, 34, 0, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|1|Storm hits coast|translated|null",
        "2|2|A powerful storm hit the coast on Tuesday, officials said.|translated|null",
        "3|3|Winds reached 120 km/h.|translated|null",
        "4|4|Schools will reopen on Friday.|translated|null",
        "5|5|The weather service warned of more rain.|translated|null",
        "6|6|Residents should stay indoors.|translated|null"),
        StoreFixture.rows(db(), "SELECT s.id, s.position, s.source, t.state, t.previous_source FROM segment s"
            + " JOIN translation t ON t.segment_id = s.id AND t.lang = 'de' WHERE s.active = 1 ORDER BY s.position"));
    assertEquals(List.of("7|3", "8|3", "9|3", "10|3"),
        StoreFixture.rows(db(), "SELECT id, version_dropped FROM segment WHERE active = 0 ORDER BY id"));
    assertEquals(List.of("6|34|0|0"),
        StoreFixture.rows(db(), "SELECT segments, words, protected_segments, protected_words FROM report_document_count"));
    assertEquals(List.of("de|translated|6|34"), StoreFixture.rows(db(), "SELECT lang, state, segments, words FROM report_state_count"
        + " WHERE segments <> 0 ORDER BY lang, state"));
  }

  @Test
  void aTranslationCarriedBackToTheSourceItWasMadeForGetsItsStateBack() throws Exception {
    Path file = dir.resolve("rates.txt");
    Files.writeString(file, "Inflation fell to 3.5 percent in December.\n");
    ingest(1, file);
    StoreFixture.translate(db(), 1, "de", "Die Inflation fiel im Dezember auf 3,5 Prozent.", "reviewed");
    Files.writeString(file, "Inflation fell to 3.4 percent in December.\n");
    ingest(1, file);
    // The first copy restores segment 1; the second one is the changed segment 2 back on the source its translation was made for.
    Files.writeString(file, "Inflation fell to 3.5 percent in December.\n\nInflation fell to 3.5 percent in December.\n");
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 3, 2, 0, 0, 1, 1, 0, 14, 0, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|1|reviewed|null",
        "2|0|needs-update|Inflation fell to 3.5 percent in December.",
        "3|1|reviewed|null"),
        StoreFixture.rows(db(), "SELECT s.id, s.active, t.state, t.previous_source FROM translation t JOIN segment s ON s.id = t.segment_id"
            + " WHERE t.lang = 'de' ORDER BY s.id"));
    assertEquals(List.of("2|reviewed|needs-update", "3|needs-update|reviewed"),
        StoreFixture.rows(db(), "SELECT segment_id, old_state, new_state FROM history WHERE reason = 'reingest' ORDER BY id"));
  }

  @Test
  void aParagraphMovedAndEditedKeepsItsTranslationAsNeedsUpdate() throws Exception {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, """
        Storm hits coast

        Power was cut to 20,000 homes.

        Dr. Anna Weber said the damage was severe.
        """);
    ingest(1, file);
    StoreFixture.translate(db(), 3, "de", "Dr. Anna Weber sagte, die Schäden seien schwer.", "translated");
    Files.writeString(file, """
        Storm hits coast

        Dr. Anna Webber said the damage was severe.

        Power was cut to 20,000 homes.
        """);
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 2, 3, 0, 2, 1, 0, 0, 17, 1, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of("4|2|3|needs-update|Dr. Anna Weber said the damage was severe."),
        StoreFixture.rows(db(), "SELECT s.id, s.position, s.replaces, t.state, t.previous_source FROM segment s"
            + " JOIN translation t ON t.segment_id = s.id WHERE s.active = 1"));
  }

  @Test
  void aParagraphMovedAndRewrittenIsNewAndTheOldOneDropped() throws Exception {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "Storm hits coast\n\nPower was cut to 20,000 homes.\n\nDr. Anna Weber said the damage was severe.\n");
    ingest(1, file);
    // 76% alike: enough beside its old place, not for a sentence that also moved
    Files.writeString(file, "Storm hits coast\n\nDr. Anna Weber said the harm was grave.\n\nPower was cut to 20,000 homes.\n");
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 2, 3, 1, 2, 0, 0, 1, 17, 0, List.of(), 0, 0)),
        ingest(1, file));
  }

  @Test
  void sentenceRewrittenBeyondRecognitionIsNewAndTheOldOneDropped() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Kim met Biden in Seoul on Monday. Talks went on.\n");
    ingest(1, file);
    StoreFixture.translate(db(), 1, "de", "Kim traf Biden.", "translated");
    Files.writeString(file, "Pyongyang fired two missiles into the sea. Talks went on.\n");
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 2, 2, 1, 1, 0, 0, 1, 10, 0, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|1|1|0|1|2|null|null|Kim met Biden in Seoul on Monday.",
        "2|2|1|1|1|null|null|null|Talks went on.",
        "3|1|1|1|2|null|null|null|Pyongyang fired two missiles into the sea."), segments());
    assertEquals(List.of("1|de|translated"), StoreFixture.rows(db(), "SELECT segment_id, lang, state FROM translation"));
  }

  @Test
  void movedSentenceKeepsItsSegment() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "First point.\n\nSecond point.\n\nThird point.\n");
    ingest(1, file);
    Files.writeString(file, "Third point.\n\nFirst point.\n\nSecond point.\n");
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.UPDATED, 2, 3, 0, 3, 0, 0, 0, 6, 0, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(List.of(
        "1|2|2|1|1|null|null|null|First point.",
        "2|3|3|1|1|null|null|null|Second point.",
        "3|1|1|1|1|null|null|null|Third point."), segments());
  }

  @Test
  void reingestGivesKeptSegmentsThePlainTextAndWordCountOfTodaysRules() throws Exception {
    // A desk ingested by an older transdesk glued the words at a <br>: "Kim Jong Unarrived", 3 words.
    Path file = Files.writeString(dir.resolve("a.html"), "<p>Kim Jong Un<br>arrived.</p>\n<p>Talks began.</p>\n");
    ingest(1, file);
    StoreFixture.execute(db(), "UPDATE segment SET plain = 'Kim Jong Unarrived.', words = 3 WHERE id = 1");
    Files.writeString(file, "<p>Kim Jong Un<br>arrived.</p>\n<p>Talks began on Monday.</p>\n");
    ingest(1, file);
    assertEquals(List.of("1|Kim Jong Un arrived.|4|1", "2|Talks began.|2|0", "3|Talks began on Monday.|4|1"),
        StoreFixture.rows(db(), "SELECT id, plain, words, active FROM segment ORDER BY id"));
    assertEquals(List.of("8"), StoreFixture.rows(db(), "SELECT words FROM report_document_count"),
        "the running totals follow the recount");
  }

  @Test
  void reingestGivesKeptSegmentsTheCodesOfTodaysRules() throws Exception {
    // An older transdesk stored Okapi's reference marker where the alt text belongs.
    Path file = Files.writeString(dir.resolve("a.html"), "<p>Sales rose <img src=\"c.png\" alt=\"Chart\"> again.</p>\n");
    ingest(1, file);
    StoreFixture.execute(db(), "UPDATE segment SET codes = '{\"1\":{\"data\":\"<img src=\\\"c.png\\\" [#$tu2]>\"}}' WHERE id = 2");
    Files.writeString(file, "<p>Sales rose <img src=\"c.png\" alt=\"Chart\"> again.</p>\n<p>Talks began.</p>\n");
    ingest(1, file);
    assertEquals(List.of("1|Chart|null", "2|Sales rose <ph id=\"1\"/> again.|{\"1\":{\"data\":\"<img src=\\\"c.png\\\" alt=\\\"Chart\\\">\"}}",
        "3|Talks began.|null"), StoreFixture.rows(db(), "SELECT id, source, codes FROM segment ORDER BY id"));
  }

  @Test
  void aUrlOrAddressEndsWhereChineseJapaneseOrKoreanTextStarts() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), """
        詳細はhttps://www.kantei.go.jp/を参照。問い合わせはpress@kantei.go.jpまで。

        详情见https://www.gov.cn/zhengce/。请发邮件至xinhua@news.cn了解详情。

        자세한 내용은https://www.korea.kr/참조.
        """);
    ingest("ja", 1, file);
    assertEquals(List.of(
        "詳細は<ph id=\"1\"/>を参照。|{\"1\":{\"data\":\"https://www.kantei.go.jp/\",\"protected\":true}}",
        "問い合わせは<ph id=\"1\"/>まで。|{\"1\":{\"data\":\"press@kantei.go.jp\",\"protected\":true}}",
        "详情见<ph id=\"1\"/>。|{\"1\":{\"data\":\"https://www.gov.cn/zhengce/\",\"protected\":true}}",
        "请发邮件至<ph id=\"1\"/>了解详情。|{\"1\":{\"data\":\"xinhua@news.cn\",\"protected\":true}}",
        "자세한 내용은<ph id=\"1\"/>참조.|{\"1\":{\"data\":\"https://www.korea.kr/\",\"protected\":true}}"),
        StoreFixture.rows(db(), "SELECT source, codes FROM segment ORDER BY position"));
  }

  @Test
  void aUrlKeepsItsOtherNonAsciiLetters() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Siehe https://de.wikipedia.org/wiki/Müller und www.bücher.de/ähnlich.\n");
    ingest("de", 1, file);
    assertEquals(List.of("Siehe <ph id=\"1\"/> und <ph id=\"2\"/>.|{\"1\":{\"data\":\"https://de.wikipedia.org/wiki/Müller\",\"protected\":true},"
        + "\"2\":{\"data\":\"www.bücher.de/ähnlich\",\"protected\":true}}"),
        StoreFixture.rows(db(), "SELECT source, codes FROM segment ORDER BY position"));
  }

  @Test
  void aSegmentWithoutALetterOrNumberIsProtected() throws Exception {
    // a stray control character, "&gt;." cut off "&lt;approx.&gt;.", an emoji, a rule of asterisks, a URL and its full stop
    Path file = Files.writeString(dir.resolve("a.txt"), "Wire header\n\n\u0004\n\nPrices: €5 <approx.>. Rose 5%.\n\n🎉🎉\n\n* * *\n\n"
        + "https://example.org/a.\n\n/ТАСС/.\n\n45,123\n");
    ingest(1, file);
    assertEquals(List.of("Wire header|0|2", "\u0004|1|0", "Prices: €5 &lt;approx.|0|3", "&gt;.|1|0", "Rose 5%.|0|2", "🎉🎉|1|0",
        "* * *|1|0", "<ph id=\"1\"/>.|1|1", "/ТАСС/.|0|1", "45,123|0|1"),
        StoreFixture.rows(db(), "SELECT source, protected, words FROM segment ORDER BY position"));
  }

  @Test
  void reingestProtectsAKeptSegmentThatHasNothingToTranslate() throws Exception {
    // a desk ingested by an older transdesk stored "* * *" as a segment to translate
    Path file = Files.writeString(dir.resolve("a.txt"), "Talks began.\n\n* * *\n");
    ingest(1, file);
    StoreFixture.execute(db(), "UPDATE segment SET protected = 0 WHERE id = 2");
    Files.writeString(file, "Talks began on Monday.\n\n* * *\n");
    ingest(1, file);
    assertEquals(List.of("2|* * *|1"), StoreFixture.rows(db(), "SELECT id, source, protected FROM segment WHERE active = 1 AND id = 2"));
    assertEquals(List.of("1|4|1|0"), StoreFixture.rows(db(), "SELECT segments, words, protected_segments, protected_words FROM report_document_count"),
        "the running totals follow");
  }

  @Test
  void identicalFileChangesNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Kim met Biden. Talks went on.\n");
    ingest(1, file);
    String before = DatabaseDump.of(db());
    assertEquals(List.of(new FileResult(name(file), FileResult.Outcome.IDENTICAL, 1, 2, 0, 2, 0, 0, 0, 6, 0, List.of(), 0, 0)),
        ingest(1, file));
    assertEquals(before, DatabaseDump.of(db()));
  }

  @Test
  void twoWorkersStoreFilesInTheOrderGiven() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    for (int i = 0; i < 6; i++) Files.writeString(folder.resolve("a" + i + ".txt"), "Article " + i + ". Kim met Biden.\n");
    Files.writeString(folder.resolve("notes.pdf"), "ignored");
    Files.createDirectory(folder.resolve(".hidden"));
    Files.writeString(folder.resolve(".hidden/x.txt"), "hidden");
    List<FileResult> results = ingest(2, folder);
    assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt"),
        results.stream().map(r -> Path.of(r.name()).getFileName().toString()).toList());
    assertEquals(List.of("1|Article 0.", "2|Kim met Biden.", "3|Article 1.", "4|Kim met Biden."),
        StoreFixture.rows(db(), "SELECT id, source FROM segment WHERE id <= 4 ORDER BY id"));
  }

  @Test
  void anAbsolutePathInsideTheWorkingFolderNamesTheSameDocumentAsTheShortForm() {
    Path here = Path.of("").toAbsolutePath();
    assertEquals("articles/a.txt", name(here.resolve("articles/a.txt")));
    assertEquals("articles/a.txt", name(Path.of("./articles/x/../a.txt")));
    Path outside = here.getRoot().resolve("elsewhere-" + System.nanoTime()).resolve("a.txt");
    assertEquals(outside.toString().replace(java.io.File.separatorChar, '/'), name(outside));
    assertEquals("../b.txt", name(Path.of("../b.txt")));
  }

  @Test
  void similarityIsOneMinusEditDistanceOverTheLongerText() {
    assertEquals(1.0, SourceDiff.similarity("abc", "abc"));
    assertEquals(0.75, SourceDiff.similarity("abcd", "abce"));
    assertEquals(0.0, SourceDiff.similarity("a", "abcdef"));
  }

  private static String name(Path file) {
    return Ingester.name(file);
  }
}
