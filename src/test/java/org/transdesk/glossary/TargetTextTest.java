package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;

/** Target-side look-ups against the desk's sample glossary (glossaries/desk.csv and desk.tbx). */
class TargetTextTest {
  private static final Glossary DESK = Glossary.loadFolder(Glossary.DEFAULT_FOLDER);

  private static Entry entry(String source) {
    return DESK.entries().stream().filter(entry -> entry.source().equals(source)).findFirst().orElseThrow();
  }

  private static TargetText german(String text) {
    return DESK.matcher(Language.parse("en"), Language.parse("de")).target(text);
  }

  private static TargetText french(String text) {
    return DESK.matcher(Language.parse("en"), Language.parse("fr")).target(text);
  }

  @Test
  void findsGermanCaseEndingsOfTitles() {
    TargetText text = german("Der Sprecher des US-Sondergesandten traf den Chefunterhändlern.");
    assertEquals(List.of(new Span(17, 35, "US-Sondergesandten", "US-Sondergesandter")), text.approved(entry("US special envoy")));
    assertEquals(List.of(new Span(45, 62, "Chefunterhändlern", "Chefunterhändler")), text.approved(entry("chief negotiator")));
  }

  @Test
  void findsGermanGenitivesOfNames() {
    TargetText text = german("Japans Regierung und Joe Bidens Sprecher");
    assertEquals(List.of(new Span(0, 6, "Japans", "Japan")), text.approved(entry("Japan")));
    assertEquals(List.of(new Span(21, 31, "Joe Bidens", "Joe Biden")), text.approved(entry("Joe Biden")));
  }

  @Test
  void acceptsHyphenatedNamesOnlyInsideCompounds() {
    TargetText text = german("Das Kim-Jong-Un-Regime und Kim-Jong-Un");
    assertEquals(List.of(new Span(4, 15, "Kim-Jong-Un", "Kim Jong Un")), text.approved(entry("Kim Jong Un")));
    assertEquals(List.of(new NearMiss(27, 38, "Kim-Jong-Un", "Kim Jong Un", NearMiss.Kind.SPELLING)), text.nearMisses(entry("Kim Jong Un")));
  }

  @Test
  void findsInflectedHyphenatedOrganisations() {
    assertEquals(List.of(new Span(4, 21, "UN-Sicherheitsrat", "UN-Sicherheitsrat"), new Span(30, 49, "UN-Sicherheitsrates", "UN-Sicherheitsrat")),
        german("Der UN-Sicherheitsrat und des UN-Sicherheitsrates Beschluss").approved(entry("UN Security Council")));
  }

  @Test
  void countsEachOccurrence() {
    assertEquals(2, german("Kim Jong Un sagte, Kim Jong Uns Partei").approved(entry("Kim Jong Un")).size());
  }

  @Test
  void findsForbiddenVariantsAndTheirInflections() {
    TargetText text = german("Kim Jong-un traf den Sonderbotschafter; des Sonderbeauftragten Rede");
    assertEquals(List.of(new Span(0, 11, "Kim Jong-un", "Kim Jong-un")), text.forbidden(entry("Kim Jong Un")));
    assertEquals(List.of(), text.approved(entry("Kim Jong Un")));
    assertEquals(List.of(new Span(21, 38, "Sonderbotschafter", "Sonderbotschafter"), new Span(44, 62, "Sonderbeauftragten", "Sonderbeauftragter")),
        text.forbidden(entry("US special envoy")));
  }

  @Test
  void aForbiddenVariantInsideAnApprovedOneIsNotReported() {
    Entry council = new Entry(EntryType.TERM, List.of("UN Security Council"),
        List.of(new Rendering("de", "UN-Sicherheitsrat", false), new Rendering("de", "Sicherheitsrat", true)), MatchMode.INFLECTED, "");
    TargetText text = Glossary.of(List.of(council)).matcher(Language.parse("en"), Language.parse("de")).target("UN-Sicherheitsrat, Sicherheitsrat");
    assertEquals(List.of(new Span(19, 33, "Sicherheitsrat", "Sicherheitsrat")), text.forbidden(council));
  }

  @Test
  void reportsNearMissesOfAName() {
    TargetText text = german("Noh Kyu-duk, Noh kyu duk, Noh Kyuduk, Noh Kyu Dok, Noh, Noh Duk und Noh Kyu Duk.");
    assertEquals(List.of(new Span(0, 11, "Noh Kyu-duk", "Noh Kyu-duk")), text.forbidden(entry("Noh Kyu Duk")));
    assertEquals(List.of(
            new NearMiss(13, 24, "Noh kyu duk", "Noh Kyu Duk", NearMiss.Kind.SPELLING),
            new NearMiss(26, 36, "Noh Kyuduk", "Noh Kyu Duk", NearMiss.Kind.SPELLING),
            new NearMiss(38, 49, "Noh Kyu Dok", "Noh Kyu Duk", NearMiss.Kind.SPELLING),
            new NearMiss(51, 54, "Noh", "Noh Kyu Duk", NearMiss.Kind.PARTIAL),
            new NearMiss(56, 63, "Noh Duk", "Noh Kyu Duk", NearMiss.Kind.PARTIAL)),
        text.nearMisses(entry("Noh Kyu Duk")));
  }

  @Test
  void nearMissesSkipWhatOtherEntriesTook() {
    TargetText text = german("Sung Kim traf Kim Jong Un");
    List<Span> kimJongUn = text.approved(entry("Kim Jong Un"));
    assertEquals(List.of(new NearMiss(14, 17, "Kim", "Sung Kim", NearMiss.Kind.PARTIAL)), text.nearMisses(entry("Sung Kim")));
    assertEquals(List.of(), text.nearMisses(entry("Sung Kim"), kimJongUn));
  }

  @Test
  void wordsDerivedFromANameAreNotNearMisses() {
    assertEquals(List.of(), german("Die Japaner und die Japanerin").nearMisses(entry("Japan")));
  }

  @Test
  void shortCommonWordsAreNotPartsOfAName() {
    assertEquals(List.of(), french("un envoyé, un dialogue").nearMisses(entry("Kim Jong Un")));
  }

  @Test
  void findsFrenchElisionAndPlurals() {
    TargetText text = french("L'envoyé spécial américain a vu les envoyés spéciaux et l'émissaire spécial.");
    assertEquals(List.of(new Span(2, 26, "envoyé spécial américain", "envoyé spécial américain"), new Span(36, 52, "envoyés spéciaux", "envoyé spécial")),
        text.approved(entry("US special envoy")));
    assertEquals(List.of(new Span(58, 75, "émissaire spécial", "émissaire spécial")), text.forbidden(entry("US special envoy")));
  }

  @Test
  void findsNamesAfterFrenchElision() {
    Entry obama = new Entry(EntryType.NAME, List.of("Obama"), List.of(), MatchMode.EXACT, "");
    TargetText text = Glossary.of(List.of(obama)).matcher(Language.parse("en"), Language.parse("fr")).target("le discours d'Obama");
    assertEquals(List.of(new Span(14, 19, "Obama", "Obama")), text.approved(obama));
  }

  @Test
  void usesTheRenderingForTheTargetLanguage() {
    TargetText text = french("à Séoul et à Seoul");
    assertEquals(List.of(new Span(2, 7, "Séoul", "Séoul")), text.approved(entry("Seoul")));
    assertEquals(List.of(new NearMiss(13, 18, "Seoul", "Séoul", NearMiss.Kind.SPELLING)), text.nearMisses(entry("Seoul")));
  }

  @Test
  void exactNamesRespectCase() {
    TargetText text = german("laut Kctv und KCTV");
    assertEquals(List.of(new Span(14, 18, "KCTV", "KCTV")), text.approved(entry("KCTV")));
    assertEquals(List.of(new NearMiss(5, 9, "Kctv", "KCTV", NearMiss.Kind.SPELLING)), text.nearMisses(entry("KCTV")));
  }

  @Test
  void invisibleCharactersAreLeftOutOfWordsOnlyWhereTheyMeanNothing() {
    // Spelled so in every language: in Persian too, which is written in another script than English.
    Entry merkel = new Entry(EntryType.NAME, List.of("Angela Merkel"), List.of(new Rendering(Rendering.ANY, "Angela Merkel", false)),
        MatchMode.EXACT, "");
    // Persian writes Khamenei with a zero-width non-joiner: it is part of the spelling.
    Entry khamenei = new Entry(EntryType.NAME, List.of("Ali Khamenei"), List.of(new Rendering("fa", "علی خامنه\u200cای", false)),
        MatchMode.EXACT, "");
    TermMatcher persian = Glossary.of(List.of(merkel, khamenei)).matcher(Language.parse("en"), Language.parse("fa"));
    TargetText text = persian.target("Angela Mer\u200ckel, Angela\u00ad Mer\u00adkel, علی خامنه\u200cای, علی خامنهای");
    assertEquals(List.of(new Span(0, 14, "Angela Mer\u200ckel", "Angela Merkel"), new Span(16, 31, "Angela\u00ad Mer\u00adkel", "Angela Merkel")),
        text.approved(merkel));
    assertEquals(List.of(new Span(33, 45, "علی خامنه\u200cای", "علی خامنه\u200cای")), text.approved(khamenei));
  }

  @MultiLocaleExtension.MultiLocaleTest
  void matchesTargetsTheSameInEveryDefaultLocale(Locale locale) {
    MultiLocaleExtension.use(locale);
    Entry iran = new Entry(EntryType.NAME, List.of("Iran"), List.of(new Rendering("de", "Iran", false)), MatchMode.IGNORE_CASE, "");
    Entry title = new Entry(EntryType.TITLE, List.of("interim president"), List.of(new Rendering("de", "Interimspräsident", false)), MatchMode.INFLECTED, "");
    TargetText text = Glossary.of(List.of(iran, title)).matcher(Language.parse("en"), Language.parse("de")).target("IRAN, DES INTERIMSPRÄSIDENTEN");
    assertEquals(List.of(new Span(0, 4, "IRAN", "Iran")), text.approved(iran));
    assertEquals(List.of(new Span(10, 29, "INTERIMSPRÄSIDENTEN", "Interimspräsident")), text.approved(title));
  }

  @MultiLocaleExtension.MultiLocaleTest
  void foldsTurkishCapitalsTheTurkishWayInEveryDefaultLocale(Locale locale) {
    MultiLocaleExtension.use(locale);
    Entry mayor = new Entry(EntryType.TITLE, List.of("mayor"), List.of(new Rendering(Rendering.ANY, "belediye başkanı", false)),
        MatchMode.INFLECTED, "");
    Entry iran = new Entry(EntryType.NAME, List.of("Iran"), List.of(new Rendering(Rendering.ANY, "Iran", false)), MatchMode.IGNORE_CASE, "");
    Glossary glossary = Glossary.of(List.of(mayor, iran));
    TargetText turkish = glossary.matcher(Language.parse("en"), Language.parse("tr")).target("BELEDİYE BAŞKANI, IRAN");
    assertEquals(List.of(new Span(0, 16, "BELEDİYE BAŞKANI", "belediye başkanı")), turkish.approved(mayor));
    assertEquals(List.of(new Span(18, 22, "IRAN", "Iran")), turkish.approved(iran));
    TargetText german = glossary.matcher(Language.parse("en"), Language.parse("de")).target("IRAN, iran");
    assertEquals(List.of(new Span(0, 4, "IRAN", "Iran"), new Span(6, 10, "iran", "Iran")), german.approved(iran));
  }
}
