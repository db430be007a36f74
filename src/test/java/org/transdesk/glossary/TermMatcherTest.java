package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;

class TermMatcherTest {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");

  private static Entry name(String source) {
    return new Entry(EntryType.NAME, List.of(source), List.of(), MatchMode.EXACT, "");
  }

  private static Entry entry(EntryType type, String source, MatchMode match) {
    return new Entry(type, List.of(source), List.of(new Rendering("de", "x", false)), match, "");
  }

  private static List<String> found(List<Entry> entries, String text) {
    return Glossary.of(entries).matcher(EN, DE).find(text).stream()
        .map(match -> match.start() + "-" + match.end() + " " + match.text() + " = " + match.entry().source()).toList();
  }

  @Test
  void matchesOnTokenBoundariesOnly() {
    assertEquals(List.of("13-16 Kim = Kim"), found(List.of(name("Kim")), "Kimberly met Kim, not Kimchi."));
  }

  @Test
  void prefersTheLongestMatchThenMovesOn() {
    assertEquals(List.of("0-22 US President Joe Biden = US President Joe Biden", "28-37 Joe Biden = Joe Biden"),
        found(List.of(name("Joe Biden"), name("US President Joe Biden")), "US President Joe Biden, and Joe Biden alone"));
  }

  @Test
  void keepsLeftmostMatchesWithoutOverlap() {
    assertEquals(List.of("0-5 ruler = ruler", "6-17 Kim Jong Un = Kim Jong Un"),
        found(List.of(name("Kim Jong Un"), entry(EntryType.TITLE, "ruler", MatchMode.INFLECTED), name("Kim")), "ruler Kim Jong Un"));
  }

  @Test
  void findsPossessivesWithEitherApostropheAndTheBareS() {
    assertEquals(List.of("0-11 Kim Jong Un = Kim Jong Un", "20-32 Kim Jong Uns = Kim Jong Un", "46-55 Joe Biden = Joe Biden",
            "64-77 Killian Jones = Killian Jones"),
        found(List.of(name("Kim Jong Un"), name("Joe Biden"), name("Killian Jones")),
            "Kim Jong Un's talk, Kim Jong Uns ’statements, Joe Biden’s aide, Killian Jones' text"));
  }

  @Test
  void findsSingleTokenNamesInTheGenitive() {
    assertEquals(List.of("0-6 Japans = Japan", "7-12 Japan = Japan"), found(List.of(name("Japan")), "Japans Japan's Japanese"));
  }

  @Test
  void findsInflectedTermsAndTitles() {
    assertEquals(List.of("4-13 sanctions = sanction", "18-35 chief negotiators = chief negotiator"),
        found(List.of(entry(EntryType.TERM, "sanction", MatchMode.INFLECTED), entry(EntryType.TITLE, "chief negotiator", MatchMode.INFLECTED)),
            "The sanctions and chief negotiators"));
  }

  @Test
  void findsTitlesWrittenWithOtherSeparators() {
    assertEquals(List.of("10-22 Chief-Editor = Chief-Editor", "27-39 chief editor = Chief-Editor"),
        found(List.of(entry(EntryType.TITLE, "Chief-Editor", MatchMode.INFLECTED)), "Function: Chief-Editor and chief editor"));
  }

  @Test
  void exactNamesNeedTheirCaseAndSeparators() {
    assertEquals(List.of("47-51 KCTV = KCTV", "52-63 Kim Jong Un = Kim Jong Un"),
        found(List.of(name("KCTV"), name("Kim Jong Un")), "kctv Kctv kim jong un Kim Jong-Un Kim. Jong Un KCTV Kim Jong Un"));
  }

  @Test
  void exactNamesInLowerCaseMayBeCapitalisedOnlyWhereASentenceStarts() {
    assertEquals(List.of("0-13 Von der Leyen = von der Leyen", "27-40 Von der Leyen = von der Leyen", "43-56 von der Leyen = von der Leyen",
            "81-94 Von der Leyen = von der Leyen", "96-105 De Gaulle = de Gaulle", "107-116 de Gaulle = de Gaulle"),
        found(List.of(name("von der Leyen"), name("de Gaulle")),
            "Von der Leyen spoke. Then „Von der Leyen“, von der Leyen and Von der Leyen left: Von der Leyen (De Gaulle) de Gaulle."));
  }

  @Test
  void exactNamesMatchInsideHyphenatedCompounds() {
    assertEquals(List.of("4-15 Kim-Jong-Un = Kim Jong Un", "32-43 Kim-Jong-Un = Kim Jong Un"),
        found(List.of(name("Kim Jong Un")), "Das Kim-Jong-Un-Regime und Anti-Kim-Jong-Un Kim-Jong-Un"));
  }

  @Test
  void ignoreCaseNamesMatchAnyCase() {
    assertEquals(List.of("0-4 kctv = KCTV", "5-9 Kctv = KCTV"), found(List.of(entry(EntryType.NAME, "KCTV", MatchMode.IGNORE_CASE)), "kctv Kctv"));
  }

  private static List<String> foundIn(String sourceLanguage, List<String> sources, String text) {
    List<Entry> entries = sources.stream().map(TermMatcherTest::name).toList();
    return Glossary.of(entries).matcher(Language.parse(sourceLanguage), Language.parse("en")).find(text).stream()
        .map(match -> match.start() + "-" + match.end() + " " + match.text()).toList();
  }

  @Test
  void findsTermsInsideAClauseOfAScriptWrittenWithoutSpaces() {
    assertEquals(List.of("4-7 习近平", "12-15 习近平"), foundIn("zh", List.of("习近平"), "国家主席习近平发表讲话，习近平说。"));
    assertEquals(List.of("0-2 東京", "5-16 ウラジーミル・プーチン"),
        foundIn("ja", List.of("東京", "ウラジーミル・プーチン"), "東京都で、ウラジーミル・プーチン大統領は"));
    // A Thai vowel sign or tone mark belongs to the letter before it: "ประยุทธ" is not "ประยุทธ์".
    assertEquals(List.of("12-20 ประยุทธ์"), foundIn("th", List.of("ประยุทธ์"), "นายกรัฐมนตรีประยุทธ์กล่าว"));
    assertEquals(List.of(), foundIn("th", List.of("ประยุทธ"), "นายกรัฐมนตรีประยุทธ์กล่าว"));
  }

  @Test
  void countsOccurrences() {
    Entry kim = name("Kim Jong Un");
    Entry seoul = name("Seoul");
    TermMatcher matcher = Glossary.of(List.of(kim, seoul)).matcher(EN, DE);
    assertEquals(Map.of(kim, 2, seoul, 1), TermMatcher.count(matcher.find("Kim Jong Un in Seoul: Kim Jong Un’s talks")));
  }

  @Test
  void theFirstEntryWinsATie() {
    Entry name = name("Washington");
    Entry term = entry(EntryType.TERM, "Washington", MatchMode.INFLECTED);
    assertEquals(List.of(name), Glossary.of(List.of(name, term)).matcher(EN, DE).find("Washington").stream().map(Match::entry).toList());
  }

  @MultiLocaleExtension.MultiLocaleTest
  void matchesTheSameInEveryDefaultLocale(Locale locale) {
    MultiLocaleExtension.use(locale);
    assertEquals(List.of("0-4 IRAN = Iran", "9-13 iran = Iran", "18-35 INTERIM PRESIDENT = interim president"),
        found(List.of(entry(EntryType.NAME, "Iran", MatchMode.IGNORE_CASE), entry(EntryType.TITLE, "interim president", MatchMode.INFLECTED)),
            "IRAN and iran and INTERIM PRESIDENT"));
  }

  /** More names share a first word than one bucket of the index holds: it splits them by the second word and on. */
  private static List<Entry> manyKims() {
    List<Entry> entries = new java.util.ArrayList<>();
    for (String given : List.of("Jong Un", "Jong Il", "Il Sung", "Yo Jong", "Jong Nam", "Han Sol", "Ju Ae", "Kyong Hui", "Pyong Il",
        "Song Hye", "Jong Chol")) {
      entries.add(name("Kim " + given));
    }
    return entries;
  }

  @Test
  void findsEveryNameAmongManySharingTheirFirstWord() {
    List<Entry> entries = new java.util.ArrayList<>(manyKims());
    entries.add(name("Kim"));
    assertEquals(List.of("0-11 Kim Jong Il = Kim Jong Il", "16-25 Kim Ju Ae = Kim Ju Ae", "27-30 Kim = Kim", "37-50 Kim Jong Chol = Kim Jong Chol"),
        found(entries, "Kim Jong Il and Kim Ju Ae, Kim Jong, Kim Jong Chol"));
  }

  @Test
  void prefersTheLongestMatchWhenManyShareTheFirstWords() {
    List<Entry> entries = new java.util.ArrayList<>(manyKims());
    entries.add(name("Kim Jong Un Regime Spokesman"));
    entries.add(name("Kim Jong"));
    assertEquals(List.of("0-28 Kim Jong Un Regime Spokesman = Kim Jong Un Regime Spokesman", "33-44 Kim Jong Un = Kim Jong Un",
            "53-61 Kim Jong = Kim Jong"),
        found(entries, "Kim Jong Un Regime Spokesman and Kim Jong Un Regime, Kim Jong."));
  }

  @Test
  void findsPossessivesWhenManyNamesShareTheirFirstWord() {
    List<Entry> entries = new java.util.ArrayList<>(manyKims());
    entries.add(name("Japan"));
    assertEquals(List.of("0-12 Kim Jong Uns = Kim Jong Un", "13-22 Kim Ju Ae = Kim Ju Ae", "26-32 Japans = Japan",
            "33-44 Kim Jong Il = Kim Jong Il"),
        found(entries, "Kim Jong Uns Kim Ju Ae’s, Japans Kim Jong Il's"));
  }

  @Test
  void countsOccurrencesAmongManyNamesSharingTheirFirstWord() {
    List<Entry> entries = manyKims();
    TermMatcher matcher = Glossary.of(entries).matcher(EN, DE);
    assertEquals(Map.of(entries.get(0), 2, entries.get(2), 1),
        TermMatcher.count(matcher.find("Kim Jong Un, Kim Il Sung and Kim Jong Un’s sister")));
  }
}
