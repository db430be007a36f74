package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.Language;
import org.transdesk.store.Database;
import org.transdesk.store.SegmentStore;
import org.transdesk.store.StoreFixture;

/** transdesk's sentence rules as a desk sees them: the segments an ingest of news copy stores. */
class SentenceRulesTest {
  private static final SentenceRules RULES = SentenceRules.standard();

  @TempDir Path dir;

  /** Ingests the text as one article in the language and returns its stored segments, in order. */
  private List<String> stored(String lang, String text) throws Exception {
    Path desk = Files.createTempDirectory(dir, lang);
    Path file = Files.writeString(desk.resolve("article.txt"), text);
    String db = desk.resolve("desk.db").toString();
    try (Database database = Database.open(db)) {
      Language target = Language.parse(lang.equals("de") ? "en" : "de");
      new Ingester(new SegmentStore(database), RULES, Language.parse(lang), List.of(target), null, 1)
          .ingest(List.of(file), result -> {});
    }
    return StoreFixture.rows(db, "SELECT source FROM segment WHERE active = 1 ORDER BY position");
  }

  @Test
  void aColonDoesNotEndASentence() throws Exception {
    assertEquals(List.of(
        "Apple Inc. (Nasdaq: AAPL) reported record sales on Thursday.",
        "The verdict: Guilty on all counts.",
        "Flights cancelled: 1,500 at Logan Airport.",
        "The statement read: The talks failed.",
        "Kick-off is at 8 p.m. (Kick-off: 20:00 CET in Berlin.)",
        "Election results: Incumbent wins second term",
        "- Saudi Arabia: 500,000 bpd",
        "Author: Killian Jones"),
        stored("en", """
            Apple Inc. (Nasdaq: AAPL) reported record sales on Thursday. The verdict: Guilty on all counts.
            Flights cancelled: 1,500 at Logan Airport. The statement read: The talks failed.
            Kick-off is at 8 p.m. (Kick-off: 20:00 CET in Berlin.)

            Election results: Incumbent wins second term

            - Saudi Arabia: 500,000 bpd

            Author: Killian Jones
            """));
    assertEquals(List.of("Das Urteil: Schuldig in allen Punkten.", "Er sagte: „Wir sind bereit.“", "Dann ging er."),
        stored("de", "Das Urteil: Schuldig in allen Punkten. Er sagte: „Wir sind bereit.“ Dann ging er.\n"));
  }

  @Test
  void aQuotationEndingInAQuestionOrExclamationMarkKeepsItsAttribution() throws Exception {
    assertEquals(List.of(
        "\"Is this the end?\" she asked.",
        "\"Why now?\" asked Mr. Brown.",
        "\"Because we can!\" replied the mayor.",
        "“Really?” said the mayor.",
        "'Why not?' he asked.",
        "He shouted \"Go!\"",
        "Then he left."),
        stored("en", "\"Is this the end?\" she asked. \"Why now?\" asked Mr. Brown. \"Because we can!\" replied the mayor."
            + " “Really?” said the mayor. 'Why not?' he asked. He shouted \"Go!\" Then he left.\n"));
    assertEquals(List.of("„Warum jetzt?“ fragte er.", "»Wer da?« rief sie.", "„Halt!“", "Dann lief sie."),
        stored("de", "„Warum jetzt?“ fragte er. »Wer da?« rief sie. „Halt!“ Dann lief sie.\n"));
    assertEquals(List.of("«Pourquoi ?» a-t-il demandé.", "« Est-ce la fin\u00A0?\u00A0» demanda-t-elle."),
        stored("fr", "«Pourquoi ?» a-t-il demandé. « Est-ce la fin\u00A0?\u00A0» demanda-t-elle.\n"));
  }

  @Test
  void aClosingQuoteAfterAnEmojiStaysWithItsSentence() throws Exception {
    assertEquals(List.of(
        "Fans celebrated the win 🎉🎉 in the streets.",
        "The team posted \"We did it! 🏆\" on X.",
        "The coach wrote “Proud! 👍🏽” and left.",
        "Wow!",
        "🎉 \"Yes,\" she said."),
        stored("en", "Fans celebrated the win 🎉🎉 in the streets. The team posted \"We did it! 🏆\" on X."
            + " The coach wrote “Proud! 👍🏽” and left. Wow! 🎉 \"Yes,\" she said.\n"));
  }

  @Test
  void chineseAndJapaneseOpeningQuotesStartTheNextSentence() throws Exception {
    assertEquals(List.of("专家认为，增长率将达到5.2%。", "“我们有信心，”他说。", "“这是历史性的一天。”", "（完）"),
        stored("zh", "专家认为，增长率将达到5.2%。“我们有信心，”他说。“这是历史性的一天。”（完）\n"));
    assertEquals(List.of("政府は対策を発表した。", "「全力で取り組む」と首相は述べた。", "『本当にできるのか。』"),
        stored("ja", "政府は対策を発表した。「全力で取り組む」と首相は述べた。『本当にできるのか。』\n"));
  }

  @Test
  void aJapaneseQuotationEndingInItsOwnFullStopKeepsItsQuotingParticle() throws Exception {
    assertEquals(List.of("「なぜですか？」と記者が尋ねた。", "「経済は回復した。」と首相は述べた。", "「やめろ！」"),
        stored("ja", "「なぜですか？」と記者が尋ねた。「経済は回復した。」と首相は述べた。「やめろ！」\n"));
  }
}
