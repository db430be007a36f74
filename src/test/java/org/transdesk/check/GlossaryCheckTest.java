package org.transdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transdesk.Language;
import org.transdesk.glossary.Glossary;

class GlossaryCheckTest {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");
  private static Glossary glossary;

  @TempDir static Path dir;

  @BeforeAll
  static void writeGlossary() throws Exception {
    Path csv = dir.resolve("desk.csv");
    Files.writeString(csv, """
        type,source,target_lang,target,forbidden,match,note
        name,Kim Jong Un,*,,Kim Jong-un|Kim Jong-Un,,
        name,Sung Kim,*,,Kim Sung,,
        name,Noh Kyu Duk,*,,Noh Kyu-duk,,
        name,Takehiro Funakoshi,*,,,,
        name,Joe Biden,*,,,,
        name,Japan,de,Japan,,,
        name,Pyongyang,de,Pjöngjang,Pjongjang,,
        name,Killian Jones,*,,,,
        name,Charles de Gaulle,*,,,,
        title,US special envoy,de,US-Sondergesandter|Sondergesandter,Sonderbotschafter,,
        title,chief negotiator,de,Chefunterhändler,Chefverhandler,,
        term,sanctions,de,Sanktionen,,,
        """);
    glossary = Glossary.load(List.of(csv));
  }

  private static List<Finding> check(String source, String target) {
    Checker checker = Checker.withGlossary(glossary.matcher(EN, DE));
    return checker.check(TranslationPair.of("9", EN, DE, source, target).at("r.xlf", 4, "news.txt").withState("translated"));
  }

  private static Finding finding(Rule rule, Severity severity, String span, String message) {
    return new Finding(rule, severity, "r.xlf", 4, "news.txt", "9", DE, span, message);
  }

  /** A checker with a glossary of its own, written as a CSV file ({@code rows} under the usual header). */
  private static Checker checkerOf(String name, String rows, Language source, Language target) throws Exception {
    Path csv = Files.writeString(dir.resolve(name), "type,source,target_lang,target,forbidden,match,note\n" + rows);
    return Checker.withGlossary(Glossary.load(List.of(csv)).matcher(source, target));
  }

  private static List<Finding> check(Checker checker, Language source, Language target, String sourceText, String targetText) {
    return checker.check(TranslationPair.of("9", source, target, sourceText, targetText).at("r.xlf", 4, "news.txt").withState("translated"));
  }

  @Test
  void ignoreCaseMatchesAHeadlineInCapitalsWhateverTheScriptDoesToThem() throws Exception {
    String rows = """
        name,Strauss,de,Strauß,,ignore-case,
        name,Odysseus,el,Οδυσσέας,,ignore-case,
        name,Istanbul,tr,İstanbul,,ignore-case,
        """;
    for (String[] pair : new String[][] {{"de", "Strauss said no.", "STRAUSS SAGTE NEIN."}, {"de", "Strauss said no.", "STRAUẞ sagte nein."},
        {"el", "Odysseus said no.", "Ο ΟΔΥΣΣΕΑΣ ΕΙΠΕ ΟΧΙ."}, {"tr", "In Istanbul", "İSTANBUL'DA"}, {"tr", "In Istanbul", "istanbul'da"}}) {
      Language lang = Language.parse(pair[0]);
      assertEquals(List.of(), check(checkerOf("caps.csv", rows, EN, lang), EN, lang, pair[1], pair[2]), pair[2]);
    }
    List<Finding> misspelled = check(checkerOf("caps.csv", rows, EN, DE), EN, DE, "Strauss said no.", "STRAUS SAGTE NEIN.");
    assertEquals(List.of(Rule.NAME_MISSPELLED), misspelled.stream().map(Finding::rule).toList(), misspelled::toString);
  }

  @Test
  void turkishCapitalsPairDotlessIWithIAndDottedIWithI() throws Exception {
    String rows = """
        title,mayor,*,belediye başkanı,,ignore-case,
        name,Istanbul,*,İstanbul,,ignore-case,
        """;
    for (String lang : List.of("tr", "az")) {
      Language target = Language.parse(lang);
      Checker checker = checkerOf("turkish.csv", rows, EN, target);
      assertEquals(List.of(), check(checker, EN, target, "The mayor spoke.", "BELEDİYE BAŞKANI konuştu."), lang);
      assertEquals(List.of(), check(checker, EN, target, "In Istanbul", "İSTANBUL'DA"), lang);
      // In Turkish I is the capital of ı: "ISTANBUL" is not "İstanbul", nor "BASKANI" "başkanı".
      assertEquals(List.of(new Finding(Rule.NAME_MISSPELLED, Severity.ERROR, "r.xlf", 4, "news.txt", "9", target, "ISTANBUL",
          "the name 'Istanbul' is misspelled as 'ISTANBUL': write 'İstanbul'")),
          check(checker, EN, target, "In Istanbul", "ISTANBUL'DA"), lang);
    }
    // Elsewhere I is the capital of i, and ı a letter of its own.
    Checker german = checkerOf("turkish.csv", rows, EN, DE);
    assertEquals(List.of(), check(german, EN, DE, "In Istanbul", "IN ISTANBUL"));
    assertEquals(List.of(Rule.TERM_NOT_APPROVED),
        check(german, EN, DE, "The mayor spoke.", "BELEDİYE BAŞKANI sprach.").stream().map(Finding::rule).toList());
  }

  @Test
  void hebrewPrefixesWrittenOntoANameLeaveTheName() throws Exception {
    Language he = Language.parse("he");
    for (String mode : List.of("exact", "ignore-case")) {
      Checker checker = checkerOf("hebrew.csv", "name,Tehran,he,טהראן,,%s,\nname,Knesset,he,הכנסת,,%s,\ntitle,president,he,נשיא,,%s,\n"
          .formatted(mode, mode, mode), EN, he);
      for (String[] pair : new String[][] {{"He spoke in Tehran.", "הוא נאם בטהראן."}, {"And in Tehran.", "ובטהראן."},
          {"From Tehran.", "מטהראן."}, {"To Tehran.", "לטהראן."}, {"Of Tehran.", "שלטהראן."}, {"That from Tehran.", "שמטהראן."},
          {"When in Tehran.", "כשבטהראן."}, {"In the Knesset.", "בכנסת."}, {"From the Knesset.", "מהכנסת."},
          {"And the Knesset.", "והכנסת."}, {"And the president.", "והנשיא."}, {"To the president.", "לנשיא."}}) {
        assertEquals(List.of(), check(checker, EN, he, pair[0], pair[1]), mode + ": " + pair[1]);
      }
    }
    // Letters that are no prefix are still a misspelling; an Arabic target does not take Hebrew prefixes.
    Checker checker = checkerOf("hebrew.csv", "name,Tehran,*,טהראן,,,\n", EN, he);
    assertEquals(List.of(Rule.NAME_MISSPELLED), check(checker, EN, he, "In Tehran.", "נטהראן.").stream().map(Finding::rule).toList());
    Language ar = Language.parse("ar");
    assertEquals(List.of(Rule.NAME_MISSPELLED), check(checkerOf("hebrew.csv", "name,Tehran,*,טהראן,,,\n", EN, ar), EN, ar, "In Tehran.", "בטהראן.")
        .stream().map(Finding::rule).toList());
  }

  @Test
  void arabicTatweelAndHarakatAreNotPartOfAName() throws Exception {
    Language ar = Language.parse("ar");
    // The glossary's rendering may carry harakat too: "عليّ" with a shadda.
    Checker checker = checkerOf("tatweel.csv", "name,Ali Khamenei,ar,علي خامنئي,,,\nname,Cairo,ar,القاهرة,,,\nname,Ali,ar,عليّ,,,\n", EN, ar);
    for (String target : List.of("علي خامنـئي", "علي خامنـــئي", "علي خامنئيّ", "عَلِيّ خَامِنْئِي", "وبالقـاهرة", "عَلي")) {
      String source = target.contains("ق") ? "And in Cairo" : target.length() < 5 ? "Ali" : "Ali Khamenei";
      assertEquals(List.of(), check(checker, EN, ar, source, target), target);
    }
    // A finding quotes the target as written, tatweel included.
    assertEquals(List.of(new Finding(Rule.NAME_MISSPELLED, Severity.ERROR, "r.xlf", 4, "news.txt", "9", ar, "علي خامنـي",
        "the name 'Ali Khamenei' is misspelled as 'علي خامنـي': write 'علي خامنئي'")),
        check(checker, EN, ar, "Ali Khamenei", "علي خامنـي"));
  }

  @Test
  void arabicConjunctionsAndPrepositionsWrittenOntoANameLeaveTheName() throws Exception {
    Language ar = Language.parse("ar");
    for (String mode : List.of("exact", "inflected")) {
      Checker checker = checkerOf("arabic.csv", "name,Cairo,ar,القاهرة,,%s,\nname,Egypt,ar,مصر,,%s,\nterm,president,ar,رئيس,,%s,\n"
          .formatted(mode, mode, mode), EN, ar);
      for (String[] pair : new String[][] {{"Giza and Cairo.", "الجيزة والقاهرة."}, {"In Cairo.", "بالقاهرة."},
          {"To Cairo.", "للقاهرة."}, {"And in Cairo.", "وبالقاهرة."}, {"So in Cairo.", "فبالقاهرة."}, {"And Egypt.", "ومصر."},
          {"For Egypt.", "لمصر."}, {"And in Egypt.", "وبمصر."}, {"And the president.", "والرئيس."}, {"For the president.", "للرئيس."}}) {
        assertEquals(List.of(), check(checker, EN, ar, pair[0], pair[1]), mode + ": " + pair[1]);
      }
    }
    // Inflected, Snowball reads final ه as ة: only the exact spelling tells them apart.
    Checker exact = checkerOf("arabic.csv", "name,Cairo,ar,القاهرة,,,\n", EN, ar);
    List<Finding> misspelled = check(exact, EN, ar, "Giza and Cairo.", "الجيزة والقاهره.");
    assertEquals(List.of(Rule.NAME_MISSPELLED), misspelled.stream().map(Finding::rule).toList(), misspelled::toString);
  }

  @Test
  void aGermanFemininePluralMatchesItsApprovedSingular() throws Exception {
    Checker checker = checkerOf("titles.csv", "title,foreign minister,de,Außenminister|Außenministerin,,,\n", EN, DE);
    assertEquals(List.of(), check(checker, EN, DE, "The foreign ministers of the G7 met.", "Die Außenministerinnen der G7 trafen sich."));
    List<Finding> wrong = check(checker, EN, DE, "The foreign ministers of the G7 met.", "Die Innenministerinnen der G7 trafen sich.");
    assertEquals(List.of(Rule.TERM_NOT_APPROVED), wrong.stream().map(Finding::rule).toList(), wrong::toString);
  }

  @Test
  void aShortChineseNameInsideARunOfCharactersIsOnlyAWarningWhenMissing() throws Exception {
    Language zh = Language.parse("zh");
    Language en = Language.parse("en");
    Checker checker = checkerOf("zh.csv", "name,王毅,en,Wang Yi,,,\nname,习近平,en,Xi Jinping,,,\n", zh, en);
    // "The king resolutely decided to abdicate": 王毅 here is the end of 国王 (king) and the start of 毅然 (resolutely).
    assertEquals(List.of(new Finding(Rule.NAME_MISSING, Severity.WARNING, "r.xlf", 4, "news.txt", "9", en, "王毅",
        "the name '王毅' is not in the target, but in the source it stands inside a run of characters where it may be part"
            + " of another word: check it, or write 'Wang Yi'")),
        check(checker, zh, en, "国王毅然决定退位。", "The king resolutely decided to abdicate."));
    List<Finding> xi = check(checker, zh, en, "习近平主席发表讲话。", "The president spoke.");
    assertEquals(List.of(Severity.ERROR), xi.stream().map(Finding::severity).toList(), xi::toString);
  }

  @Test
  void inflectedNamesAndTitlesPassClean() {
    assertEquals(List.of(), check(
        "There he conferred with the chief negotiators of Japan, said US special envoy Sung Kim, a friend of Joe Biden's.",
        "Dort beriet er sich mit den Chefunterhändlern Japans, sagte der US-Sondergesandte Sung Kim, ein Freund Joe Bidens."));
    assertEquals(List.of(), check("The remarks of the US special envoy.", "Die Äußerungen des Sondergesandten."));
    assertEquals(List.of(), check("Kim Jong Un's statements", "Kim Jong Uns Äußerungen"));
  }

  @Test
  void missingNameIsAnError() {
    assertEquals(List.of(finding(Rule.NAME_MISSING, Severity.ERROR, "Sung Kim",
            "the name 'Sung Kim' of the source is missing from the target: write 'Sung Kim'")),
        check("Sung Kim arrived in Seoul.", "Er kam in Seoul an."));
  }

  @Test
  void nameTurnedIntoAnAdjectiveIsAWarningToCheck() {
    assertEquals(List.of(finding(Rule.NAME_MISSING, Severity.WARNING, "japanische",
            "the name 'Japan' of the source is not in the target; 'japanische' may stand for it: check it, or write 'Japan'")),
        check("Japan's government agreed.", "Die japanische Regierung stimmte zu."));
    // A word that merely starts alike is no help: "Jahr" shares two letters with Japan, not four.
    assertEquals(Severity.ERROR, check("Japan's government agreed this year.", "Die Regierung stimmte dieses Jahr zu.").get(0).severity());
  }

  @Test
  void aLineBreakCodeBetweenTwoWordsSeparatesThemWhenTheStoredSegmentSaysItIsOne() {
    Checker checker = Checker.withGlossary(glossary.matcher(EN, DE));
    TranslationPair pair = TranslationPair.of("9", EN, DE, "Kim Jong Un<ph id=\"1\"/>arrived.", "Kim Jong-un<ph id=\"1\"/>traf ein.")
        .at("r.xlf", 4, "news.txt").withState("translated");
    // Read as one word ("Unarrived") the name is not in the source, so its spelling goes unchecked.
    assertEquals(List.of(), checker.check(pair));
    assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "Kim Jong-un",
            "the name 'Kim Jong Un' is written 'Kim Jong-un', a spelling the glossary forbids: write 'Kim Jong Un'")),
        checker.check(pair.withLineBreaks(java.util.Set.of("1"))));
  }

  @Test
  void forbiddenSpellingOfANameSaysWhichToUse() {
    assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "Noh Kyu-duk",
            "the name 'Noh Kyu Duk' is written 'Noh Kyu-duk', a spelling the glossary forbids: write 'Noh Kyu Duk'")),
        check("He met Noh Kyu Duk.", "Er traf Noh Kyu-duk."));
  }

  @Test
  void nearSpellingOfANameSaysWhichToUse() {
    assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "Takehiro Funakochi",
            "the name 'Takehiro Funakoshi' is misspelled as 'Takehiro Funakochi': write 'Takehiro Funakoshi'")),
        check("He met Takehiro Funakoshi.", "Er traf Takehiro Funakochi."));
  }

  @Test
  void halfANameIsAMissingName() {
    assertEquals(List.of(finding(Rule.NAME_MISSING, Severity.ERROR, "Funakoshi",
            "the name 'Takehiro Funakoshi' is only partly there, as 'Funakoshi': write the full name 'Takehiro Funakoshi'")),
        check("He met Takehiro Funakoshi.", "Er traf Funakoshi."));
  }

  @Test
  void halfANameInTheGenitiveIsAMissingNameToo() {
    assertEquals(List.of(finding(Rule.NAME_MISSING, Severity.ERROR, "Funakoshis",
            "the name 'Takehiro Funakoshi' is only partly there, as 'Funakoshis': write the full name 'Takehiro Funakoshi'")),
        check("Takehiro Funakoshi's remarks.", "Funakoshis Äußerungen."));
    assertEquals(List.of(), check("Takehiro Funakoshi's remarks.", "Takehiro Funakoshis Äußerungen."));
  }

  @Test
  void forbiddenRenderingOfATitleIsFlagged() {
    assertEquals(List.of(finding(Rule.TERM_FORBIDDEN, Severity.ERROR, "Sonderbotschafter",
            "the title 'US special envoy' is rendered 'Sonderbotschafter', which the glossary forbids: "
                + "use 'US-Sondergesandter' or 'Sondergesandter'")),
        check("said US special envoy Sung Kim", "sagte Sonderbotschafter Sung Kim"));
  }

  @Test
  void titleWithoutApprovedRenderingIsAnErrorAndATermAWarning() {
    assertEquals(List.of(
            finding(Rule.TERM_NOT_APPROVED, Severity.ERROR, "US special envoy",
                "the title 'US special envoy' is not rendered with an approved translation: use 'US-Sondergesandter' or 'Sondergesandter'"),
            finding(Rule.TERM_NOT_APPROVED, Severity.WARNING, "sanctions",
                "the term 'sanctions' is not rendered with an approved translation: use 'Sanktionen'")),
        check("said US special envoy Sung Kim about the sanctions", "sagte der amerikanische Vermittler Sung Kim über die Strafmaßnahmen"));
  }

  @Test
  void nameTwiceInTheSourceMustBeTwiceInTheTarget() {
    assertEquals(List.of(finding(Rule.TERM_COUNT, Severity.WARNING, "Kim Jong Un",
            "the name 'Kim Jong Un' occurs twice in the source but only once in the target: render every occurrence as 'Kim Jong Un'")),
        check("Kim Jong Un said Kim Jong Un is ready.", "Kim Jong Un sagte, er sei bereit."));
    assertEquals(List.of(), check("Kim Jong Un said Kim Jong Un is ready.", "Kim Jong Un sagte, Kim Jong Un sei bereit."));
  }

  @Test
  void nameInsideALongerWordIsNotTheName() {
    assertEquals(List.of(), check("Kimberly met Japanese officials.", "Kimberly traf japanische Beamte."));
  }

  @Test
  void localizedNameMustUseTheDeskSpelling() {
    assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "Pjongjang",
            "the name 'Pyongyang' is written 'Pjongjang', a spelling the glossary forbids: write 'Pjöngjang'")),
        check("Pyongyang has been acting on hold.", "Pjongjang verhält sich abwartend."));
  }

  @Test
  void germanPlaceAdjectiveInErIsTheName() {
    assertEquals(List.of(), check("The Pyongyang talks ended.", "Die Pjöngjanger Gespräche endeten."));
    // The adjective of a forbidden spelling is as wrong as the spelling.
    assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "Pjongjanger",
            "the name 'Pyongyang' is written 'Pjongjanger', a spelling the glossary forbids: write 'Pjöngjang'")),
        check("The Pyongyang talks ended.", "Die Pjongjanger Gespräche endeten."));
    // Another ending is not the name.
    assertEquals(Rule.NAME_MISSING, check("The Pyongyang talks ended.", "Die Pjöngjangischen Gespräche endeten.").get(0).rule());
  }

  @Test
  void segmentOfGlossaryNamesMayStayIdentical() {
    assertEquals(List.of(), check("Charles de Gaulle", "Charles de Gaulle"));
    assertEquals(List.of(), check("Joe Biden, Charles de Gaulle (2019)", "Joe Biden, Charles de Gaulle (2019)"));
  }

  @Test
  void checksAreTheSameUnderTheTurkishLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of(finding(Rule.NAME_MISSPELLED, Severity.ERROR, "KILLIAN JONES",
              "the name 'Killian Jones' is misspelled as 'KILLIAN JONES': write 'Killian Jones'")),
          check("Author: Killian Jones", "Autor: KILLIAN JONES"));
      assertEquals(List.of(), check("Author: Killian Jones. In 2019 1,000 people came.", "Autor: Killian Jones. 2019 kamen 1.000 Menschen."));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
