package org.transdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transdesk.Language;

class CheckerTest {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");

  private final Checker checker = Checker.basic();

  private List<Finding> check(String source, String target) {
    return checker.check(TranslationPair.of("7", EN, DE, source, target).at("a.xlf", 12, "news.txt").withState("translated"));
  }

  private static Finding finding(Rule rule, Severity severity, String span, String message) {
    return new Finding(rule, severity, "a.xlf", 12, "news.txt", "7", DE, span, message);
  }

  @Test
  void emptyTargetMarkedTranslatedIsAnError() {
    assertEquals(List.of(finding(Rule.TARGET_EMPTY, Severity.ERROR, "",
            "the unit is marked translated but its target is empty: translate the source")),
        check("Biden said so.", " "));
  }

  @Test
  void emptyTargetOfANewUnitIsAWarning() {
    assertEquals(List.of(finding(Rule.TARGET_EMPTY, Severity.WARNING, "", "the target is empty: the unit is not translated yet")),
        checker.check(TranslationPair.of("7", EN, DE, "Biden said so.", null).at("a.xlf", 12, "news.txt")));
  }

  @Test
  void translatedTargetIsClean() {
    assertEquals(List.of(), check("Biden said so.", "Biden sagte das."));
  }

  @Test
  void targetIdenticalToSourceIsFlagged() {
    assertEquals(List.of(finding(Rule.TARGET_SAME_AS_SOURCE, Severity.WARNING, "Details have not yet been disclosed.",
            "the target is the same as the en source: translate it")),
        check("Details have not yet been disclosed.", "Details have not yet been disclosed."));
  }

  @Test
  void segmentOfNamesNumbersAndAddressesMayStayIdentical() {
    assertEquals(List.of(), check("Killian Jones", "Killian Jones"));
    assertEquals(List.of(), check("KCTV, 2019", "KCTV, 2019"));
    assertEquals(List.of(), check("admin@ustv.online", "admin@ustv.online"));
    assertEquals(List.of(), check("<ph id=\"1\"/> 42 %", "<ph id=\"1\"/> 42 %"));
  }

  @Test
  void identicalTargetBetweenVariantsOfOneLanguageIsFine() {
    assertEquals(List.of(), checker.check(TranslationPair.of("7", Language.parse("de-DE"), Language.parse("de-CH"),
        "Die Lage ist ernst.", "Die Lage ist ernst.")));
  }

  @Test
  void changedYearIsFlaggedWithWhatWasFound() {
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "2018",
            "the number 2019 of the source is not in the target (found 2018 instead): keep the number, only its formatting may change")),
        check("The summit in Hanoi in February 2019 failed.", "Der Gipfel in Hanoi im Februar 2018 scheiterte."));
  }

  @Test
  void localeFormattingOfNumbersIsAccepted() {
    assertEquals(List.of(), check("1,000 soldiers and 2.5 million people in 2019", "1.000 Soldaten und 2,5 Millionen Menschen 2019"));
    assertEquals(List.of(), check("1,000,000 won", "1 000 000 won"));
    assertEquals(List.of(), check("1,000 won", "1\u202F000 won"));
  }

  @Test
  void clockTimesMayBeWrittenTheTargetLanguagesWay() {
    // wikinews-20070223-train.txt: "the 17:15 service", "at 20:15"; German writes 17.15 Uhr, French 17 h 15
    assertEquals(List.of(), check("The train was the 17:15 service.", "Der Zug war die 17.15-Uhr-Verbindung."));
    assertEquals(List.of(), check("It hit something at 20:15.", "Er traf um 20:15 Uhr auf etwas."));
    assertEquals(List.of(), check("It hit something at 20:15.", "Il a heurté quelque chose à 20\u00A0h\u00A015."));
    assertEquals(List.of(), check("The vote was 21-17.", "Die Abstimmung endete 21:17."));
    assertEquals(List.of(), check("In 2019, 1,000 people came at 9:30.", "2019 kamen 1.000 Menschen um 9.30 Uhr."));
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "17.16",
            "the number 17:15 of the source is not in the target (found 17.16 instead): keep the number, only its formatting may change")),
        check("It left at 17:15.", "Er fuhr um 17.16 Uhr."));
  }

  @Test
  void twelveHourClockTimesMayBeWrittenOnTheTwentyFourHourClock() {
    assertEquals(List.of(), check("More than 1,500 people attended at 5:30 p.m.", "Plus de 1 500 personnes étaient présentes à 17 h 30."));
    assertEquals(List.of(), check("The talks began at 5 p.m. on Monday.", "Die Gespräche begannen am Montag um 17 Uhr."));
    assertEquals(List.of(), check("Polls close at 8PM.", "Die Wahllokale schließen um 20 Uhr."));
    assertEquals(List.of(), check("It struck at 12:15 a.m.", "Es schlug um 0.15 Uhr zu."));
    assertEquals(List.of(), check("It struck at 7:30 a.m.", "Es schlug um 07:30 Uhr zu."));
    assertEquals(List.of(), check("It struck at 7:30 a.m.", "Es schlug um 07.30 Uhr zu."));
    // Keeping the 12-hour clock is fine too; forgetting to convert is not.
    assertEquals(List.of(), check("Doors open at 6 p.m.", "Einlass ist um 6 p.m."));
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "5.30",
            "the number 5:30 of the source is not in the target (found 5.30 instead): keep the number, only its formatting may change")),
        check("They met at 5:30 p.m.", "Sie trafen sich um 5.30 Uhr."));
  }

  @Test
  void frenchOrdinalsInRomanNumeralsAreTheirNumber() {
    Language fr = Language.parse("fr");
    Checker checker = Checker.basic();
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "The 21st century and the 5th Republic.",
        "Le XXIe siècle et la Ve République.")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "In the 1st century.", "Au Ier siècle.")));
    // A wrong century is still a changed number; a word that looks like numerals is none.
    assertEquals(Rule.NUMBER_CHANGED, checker.check(TranslationPair.of("1", EN, fr, "The 21st century.", "Le XIXe siècle."))
        .get(0).rule());
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "Life goes on.", "Vie et Xavier continuent.")));
  }

  @Test
  void smallNumberWrittenAsAWordIsTheNumber() {
    // House style spells out small numbers: "3 people" is "drei Menschen", and the other way round.
    assertEquals(List.of(), check("3 people and 2 dogs were rescued.", "Drei Menschen und zwei Hunde wurden gerettet."));
    // "ein" is an article more often than a number: a 1 changed into a 2 is not hidden by it.
    assertEquals(Rule.NUMBER_CHANGED, check("1 envoy met a minister.", "2 Gesandte trafen einen Minister.").get(0).rule());
    assertEquals(List.of(), check("Three people were rescued at 5 p.m.", "3 Menschen wurden um 17 Uhr gerettet."));
    // Only the same value counts: a word for another number does not hide a changed one.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "3",
            "the number 3 of the source is not in the target: keep the number, only its formatting may change")),
        check("3 people were rescued.", "Vier Menschen wurden gerettet."));
  }

  @Test
  void aMonthNamedNextToAFigureIsTheOtherTextsFigure() {
    Language es = Language.parse("es");
    assertEquals(List.of(), check("The vote is on November 28, 2026.", "Die Abstimmung ist am 28.11.2026."));
    assertEquals(List.of(), check("Filed on 24.11.2026.", "Eingereicht am 24. November 2026."));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, es, "Signed on 3.12.2026.", "Firmado el 3 de diciembre de 2026.")));
    // Both name the month: a changed day is still a change, whatever month number it happens to be.
    assertEquals(Rule.NUMBER_CHANGED, check("It opens on 5 May.", "Es öffnet am 6. Mai.").get(0).rule());
    // A month without a figure next to it is no number: "may" the verb.
    assertEquals(Rule.NUMBER_CHANGED, check("Prices may rise 5%.", "Die Preise könnten um 4 % steigen.").get(0).rule());
  }

  @Test
  void aMonthNamedNextToAFigureIsItsNumberWhenBothLanguagesNameMonths() {
    Language fr = Language.parse("fr");
    Language ru = Language.parse("ru");
    Language zh = Language.parse("zh");
    // QA: a wrong month passed when both texts name it, and was only a warning against figures.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "Dezember",
            "the number November of the source is not in the target (found Dezember instead): keep the number, only its"
                + " formatting may change")),
        check("He spoke on November 28, 2026.", "Er sprach am 28. Dezember 2026."));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(check("He spoke on November 28, 2026.", "Er sprach am 28.12.2026.")));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, fr, "The summit is on 5 May.",
        "Le sommet a lieu le 5 mars."))));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", ru, EN,
        "Он выступил 28 ноября 2026 года.", "He spoke on December 28, 2026."))));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, zh,
        "He spoke on November 28, 2026.", "他于2026年12月28日发表讲话。"))));
    assertEquals(List.of(), check("He spoke on November 28, 2026.", "Er sprach am 28. November 2026."));
    assertEquals(List.of(), check("He spoke on November 28, 2026.", "Er sprach am 28.11.2026."));
    assertEquals(List.of(), check("It opens on 5 May.", "Es öffnet am 5. Mai."));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, zh, "He spoke on November 28, 2026.",
        "他于2026年11月28日发表讲话。")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("pl"), "on November 28, 2026",
        "28 listopada 2026 r.")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("uk"), "on November 28, 2026",
        "28 листопада 2026 року")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("es"), "The strike is on 1 May.",
        "La huelga es el 1.º de mayo.")));
    // A month next to a decimal or a percentage names no date.
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("nl"), "Inflation was 2.7 percent in May.",
        "De inflatie bedroeg in mei 2,7 procent.")));
    // A language without month names here: the month is a word the other side cannot match, and no error.
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("tr"), "on November 28, 2026",
        "28 Kasım 2026")));
  }

  @Test
  void chineseJapaneseAndKoreanMyriadsAreScaleWords() {
    Language zh = Language.parse("zh");
    Language ja = Language.parse("ja");
    Language ko = Language.parse("ko");
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, zh, "Trade reached $24 billion.", "贸易额达到240亿美元。")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, zh, "$240 billion", "2400亿美元")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, ja, "About 30,000 people came.", "約3万人が来た。")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, ko, "30,000 people", "3만 명")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, ko, "1.2 trillion won", "1.2조원")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", zh, EN, "150万人", "1.5 million people")));
    // QA: a tenfold error passed.
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, zh, "Trade reached $240 billion.",
        "贸易额达到240亿美元。"))));
  }

  @Test
  void ukrainianArabicAndBrazilianScaleWordsAreRead() {
    Language uk = Language.parse("uk");
    Language ar = Language.parse("ar");
    Language br = Language.parse("pt-BR");
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, uk, "Aid totalled $1.2 billion.",
        "Допомога склала 1,2 мільйона доларів."))));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, uk, "$1.2 billion",
        "1,2 млн доларів"))));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, uk, "$1.2 billion", "1,2 млрд доларів")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, uk, "5,000 people", "5 тис. людей")));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, ar, "$2.5 billion",
        "2.5 مليون دولار"))));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, ar, "$2.5 billion", "2.5 مليار دولار")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, br, "3 trillion reais", "3 trilhões de reais")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, br, "$1 trillion", "US$ 1 trilhão")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, br, "1.5 billion reais", "R$ 1,5 bi")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, br, "2 million reais", "R$ 2 mi")));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, br, "$2.4 billion",
        "US$ 2,4 trilhões"))));
  }

  @Test
  void aNumberWordWithoutItsValueInTheOtherTextIsAChangedNumber() {
    Language fr = Language.parse("fr");
    Language es = Language.parse("es");
    // QA: no figures on either side, and the changed count passed.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "Huit",
            "the number Seven of the source is not in the target (found Huit instead): keep the number, in words or figures")),
        checker.check(TranslationPair.of("1", EN, fr, "Seven people were injured.", "Huit personnes ont été blessées."))
            .stream().map(f -> new Finding(f.rule(), f.severity(), "a.xlf", 12, "news.txt", "7", DE, f.span(), f.message()))
            .toList());
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, es, "Seven people died.",
        "Murieron ocho personas."))));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(checker.check(TranslationPair.of("1", EN, fr,
        "Seven people were injured.", "8 personnes ont été blessées."))));
    assertEquals(List.of(Rule.NUMBER_CHANGED), rules(check("Police arrested two men.", "Die Polizei nahm drei Männer fest.")));
    // Correct translations: words for figures, articles, idioms, "both".
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "Seven people were injured.",
        "Sept personnes ont été blessées.")));
    assertEquals(List.of(), check("Seven people were injured.", "7 Menschen wurden verletzt."));
    assertEquals(List.of(), check("A man and one woman were there.", "Ein Mann und eine Frau waren da."));
    assertEquals(List.of(), check("The two leaders met for the third time.", "Die beiden Staatschefs trafen sich zum dritten Mal."));
    assertEquals(List.of(), check("It was a three-day visit.", "Es war ein dreitägiger Besuch."));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", Language.parse("it"), EN, "Carta che termina con {{ last_four }}",
        "Card ending in {{ last_four }}")));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "Three million people voted.",
        "Trois millions de personnes ont voté.")));
  }

  private static List<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @Test
  void britishGluedTimesAndMillionsAreTheirValues() {
    assertEquals(List.of(), check("The fire broke out at 12.15am.", "Das Feuer brach um 0.15 Uhr aus."));
    assertEquals(List.of(), check("About 2.5m people live there.", "Dort leben etwa 2,5 Millionen Menschen."));
    // A distance stays a distance where the figures match as written.
    assertEquals(List.of(), check("He won the 100m race.", "Er gewann das 100-Meter-Rennen."));
    assertEquals(Rule.NUMBER_CHANGED, check("About 2.5m people live there.", "Dort leben etwa 3,5 Millionen Menschen.").get(0).rule());
  }

  @Test
  void aScoreTheOtherWayRoundIsAWarning() {
    List<Finding> reversed = check("Bayern beat Dortmund 2-1 on Saturday.", "Bayern schlug Dortmund am Samstag 1:2.");
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.WARNING, "1:2", "the figures 2 and 1 of the source are the other way"
        + " round in the target (1:2): a score or result keeps its order, unless the sentence was turned round")), reversed);
    assertEquals(List.of(), check("Bayern beat Dortmund 2-1.", "Bayern schlug Dortmund 2:1."));
    // A score that reads as a clock time in the target ("17:21") is still a score the other way round.
    assertEquals(List.of(Severity.WARNING), check("The Chiefs won 21-17.", "Die Chiefs gewannen 17:21.").stream()
        .map(Finding::severity).toList());
    assertEquals(List.of(), check("It ended 1-1, then 21-17.", "Es endete 1:1, dann 21:17."));
    // Both orders in the source (a series and a game) need both in the target, not a warning.
    assertEquals(List.of(), check("Down 1-2, they won 2-1.", "Mit 1:2 zurück, gewannen sie 2:1."));
  }

  @Test
  void ordinalsAndNumberCompoundsAreTheirNumber() {
    // German news writes "the 3rd round" as "die dritte Runde", "a 10-year plan" as "ein zehnjähriger Plan".
    assertEquals(List.of(), check("It was the 1st meeting of the 3rd round.", "Es war das erste Treffen der dritten Runde."));
    assertEquals(List.of(), check("A 10-year plan for 5-day visits.", "Ein zehnjähriger Plan für fünftägige Besuche."));
    assertEquals(List.of(), check("She won 3 times in the 2nd-largest city.", "Sie gewann dreimal in der zweitgrößten Stadt."));
    assertEquals(List.of(), check("It happened twice.", "Es geschah 2 Mal."));
    Language fr = Language.parse("fr");
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, fr, "The 1st round and the 3rd.", "Le premier tour et le troisième.")));
    // Only the same value, and only a number: a word that merely starts like one, or a title, is none.
    assertEquals(Rule.NUMBER_CHANGED, check("A 10-year plan.", "Ein neunjähriger Plan.").get(0).rule());
    assertEquals(Rule.NUMBER_CHANGED, check("Warning: 8 people.", "Achtung: neun Menschen.").get(0).rule());
    assertEquals(Rule.NUMBER_CHANGED, checker.check(TranslationPair.of("1", EN, fr, "The prime minister met 1 envoy.",
        "Le Premier ministre a rencontré 2 envoyés.")).get(0).rule());
  }

  @Test
  void figureBeforeAScaleWordIsItsValue() {
    Language es = Language.parse("es");
    assertEquals(List.of(), check("It cost $1,500,000.", "Es kostete 1,5 Millionen Dollar."));
    assertEquals(List.of(), check("It raised $1.5m, then $5bn.", "Es brachte 1,5 Mio. Dollar ein, dann 5 Mrd. Dollar."));
    assertEquals(List.of(), check("1.5 million people", "1.500.000 Menschen"));
    assertEquals(List.of(), checker.check(TranslationPair.of("52", EN, es, "The council approved a $2.4 billion budget.",
        "El consejo aprobó un presupuesto de 2.400 millones de dólares.")));
    assertEquals(List.of(), checker.check(TranslationPair.of("52", EN, es, "A $2.4 billion budget.",
        "Un presupuesto de 2,4 mil millones de dólares.")));
    // A 100m race is a distance: "m" is a million only after a currency sign.
    assertEquals(List.of(), check("He won the 100m race.", "Er gewann das 100-Meter-Rennen."));
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "2,5 Milliarden",
            "the number 2.4 billion of the source is not in the target (found 2,5 Milliarden instead): keep the number, only"
                + " its formatting may change")),
        check("A $2.4 billion budget.", "Ein Haushalt von 2,5 Milliarden Dollar."));
    // The German "Billion" is a thousand times the English one.
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("A $2.4 billion budget.", "Ein Haushalt von 2,4 Billionen Dollar.").stream().map(Finding::rule).toList());
    // A language without scale words reads the figures alone on both sides.
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("tr"), "83 million people",
        "83 milyon kişi")));
  }

  @Test
  void lostDecimalPointIsAChangedNumber() {
    // QA week finding 0: "2.3%" as "23 %" is ten times the figure.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "23",
            "the number 2.3 of the source is not in the target (found 23 instead): keep the number, only its formatting may"
                + " change")),
        check("Shares fell 2.3% on Friday.", "Die Aktie fiel am Freitag um 23 %."));
    assertEquals(List.of(Rule.NUMBER_CHANGED, Rule.NUMBER_CHANGED, Rule.NUMBER_CHANGED),
        check("He ran 9.79 s, the stock closed at $87.15, the rate is 1.25 percent.",
            "Er lief 979 s, die Aktie schloss bei 8715 Dollar, der Satz liegt bei 125 Prozent.").stream()
            .map(Finding::rule).toList());
    assertEquals(List.of(), check("The rate is 1.5 percent, 0.125 more than 2.0 and 1,000.5.",
        "Der Satz liegt bei 1,50 Prozent, 0,125 mehr als 2 und 1.000,5."));
  }

  @Test
  void decimalIsReadAsAClockTimeOnlyWhereThatMatches() {
    assertEquals(List.of(), check("The doors open at 5.30pm, the bar at 6:15pm.", "Die Türen öffnen um 17.30 Uhr, die Bar um 18.15 Uhr."));
    assertEquals(List.of(), check("It left at 17:15 with 2.5 tonnes.", "Er fuhr um 17.15 Uhr mit 2,5 Tonnen ab."));
    // The time reading explains 17.15; the lost decimal point stays a finding.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "25",
            "the number 2.5 of the source is not in the target (found 25 instead): keep the number, only its formatting"
                + " may change")),
        check("It left at 17:15 with 2.5 tonnes.", "Er fuhr um 17.15 Uhr mit 25 Tonnen ab."));
  }

  @Test
  void arabicPersianAndFullWidthSeparatorsAreSeparators() {
    // QA unicode findings 2 and 3: CLDR's ar and fa separators U+066C and U+066B, and full-width ，．
    String english = "Officials approved 1,500 permits and prices rose 2.5 percent.";
    for (String target : List.of("وافق المسؤولون على ١٬٥٠٠ تصريح وارتفعت الأسعار بنسبة ٢٫٥ بالمئة.",
        "مقامات ۱٬۵۰۰ مجوز صادر کردند و قیمت‌ها ۲٫۵ درصد افزایش یافت.", "当局は１，５００件を承認し、価格は２．５％上昇した。")) {
      Language language = Language.parse(target.startsWith("当") ? "ja" : target.startsWith("و") ? "ar" : "fa");
      assertEquals(List.of(), checker.check(TranslationPair.of("6", EN, language, english, target)), target);
      assertEquals(List.of(), checker.check(TranslationPair.of("6", language, EN, target, english)), target);
    }
    assertEquals(List.of(Rule.NUMBER_CHANGED), checker.check(TranslationPair.of("6", Language.parse("ar"), EN,
        "ارتفعت الأسعار بنسبة ٢٫٥٪.", "Prices rose by 25%.")).stream().map(Finding::rule).toList());
  }

  @Test
  void germanDateIsItsDayMonthAndYear() {
    // QA week finding 5: 11/24/2026 localised as 24.11.2026.
    assertEquals(List.of(), check("Acme agreed on 11/24/2026 to buy Brightline.", "Acme vereinbarte am 24.11.2026 die Übernahme."));
    assertEquals(List.of(), check("It ends on 1/3/2027.", "Es endet am 01.03.2027."));
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "2025",
            "the number 2026 of the source is not in the target (found 2025 instead): keep the number, only its formatting may"
                + " change")),
        check("Acme agreed on 11/24/2026 to buy Brightline.", "Acme vereinbarte am 24.11.2025 die Übernahme."));
  }

  @Test
  void scaleWordAfterARangesSecondFigureIsTheFirstsToo() {
    // QA week finding 3: German says the scale word once for a range.
    assertEquals(List.of(), check("Analysts had expected between $4.1bn and $4.3bn.",
        "Analysten hatten zwischen 4,1 und 4,3 Mrd. Dollar erwartet."));
    assertEquals(List.of(), check("Savings of €150m to €180m a year by 2028.", "Bis 2028 Einsparungen von 150 bis 180 Mio. Euro pro Jahr."));
    assertEquals(List.of(), check("Savings of 150 million to 180 million euros.", "Einsparungen von 150–180 Millionen Euro."));
    // A first figure with a scale word of its own keeps it.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "4,1 Mio",
            "the number 4.1bn of the source is not in the target (found 4,1 Mio instead): keep the number, only its formatting"
                + " may change")),
        check("Analysts had expected between $4.1bn and $4.3bn.", "Analysten hatten zwischen 4,1 Mio. und 4,3 Mrd. Dollar erwartet."));
  }

  @Test
  void amountKeptAsTheSourceWritesItIsNoChange() {
    // QA week finding 4: an English "£1.2bn" left in a German target is the same amount.
    assertEquals(List.of(Rule.TARGET_SAME_AS_SOURCE), check("Net debt stood at £1.2bn, or approx. 1.8x EBITDA.",
        "Net debt stood at £1.2bn, or approx. 1.8x EBITDA.").stream().map(Finding::rule).toList());
    assertEquals(List.of(), check("Net debt stood at £1.2bn.", "Die Nettoverschuldung lag bei £1.2bn."));
    // Only after a currency sign: a street "5 Mill Road" is no German "Mill." (million).
    assertEquals(List.of(), check("He lives at 5 Mill Road.", "Er wohnt in der Mill Road 5."));
  }

  private List<Finding> check(String target, String source, String translation) {
    return checker.check(TranslationPair.of("7", EN, Language.parse(target), source, translation));
  }

  @Test
  void anHourWithZeroMinutesIsThatHour() {
    assertEquals(List.of(), check("pt-PT", "The fire started at 9 p.m.", "O incêndio começou às 21:00."));
    assertEquals(List.of(), check("fr", "The fire started at 9 p.m.", "L'incendie a commencé à 21h00."));
    assertEquals(List.of(), check("fr", "The fire started at 9 p.m.", "L'incendie a commencé à 21 h 00."));
    assertEquals(List.of(), check("The meeting starts at 5 p.m.", "Das Treffen beginnt um 17:00 Uhr."));
    assertEquals(List.of(), check("Polls open at 7 a.m.", "Die Wahllokale öffnen um 7:00 Uhr."));
    assertEquals(List.of(), checker.check(TranslationPair.of("7", DE, EN, "Das Treffen beginnt um 15:00 Uhr.",
        "The meeting starts at 3 p.m.")));
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("The meeting starts at 17:30.", "Das Treffen beginnt um 17 Uhr.").stream().map(Finding::rule).toList());
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("The meeting starts at 5 p.m.", "Das Treffen beginnt um 18:00 Uhr.").stream().map(Finding::rule).toList());
  }

  @Test
  void wordsForThePartOfTheDayAreAmOrPm() {
    assertEquals(List.of(), check("es", "The fire started at 9 p.m.", "El incendio empezó a las 9 de la noche."));
    assertEquals(List.of(), check("es", "It ended at 5 p.m.", "Terminó a las 5 de la tarde."));
    assertEquals(List.of(), check("fr", "It started at 9 p.m.", "Il a commencé à 9 heures du soir."));
    assertEquals(List.of(), check("fr", "It started at 3 p.m.", "Il a commencé à 3 h de l’après-midi."));
    assertEquals(List.of(), check("it", "It started at 9 p.m.", "È iniziato alle 9 di sera."));
    assertEquals(List.of(), check("pt-PT", "It started at 7 a.m.", "Começou às 7 horas da manhã."));
    assertEquals(List.of(), check("nl", "It started at 9 p.m.", "Het begon om 9 uur ’s avonds."));
    assertEquals(List.of(), check("It started at 9 p.m.", "Es begann um 9 Uhr abends."));
    assertEquals(List.of(), check("zh", "The meeting starts at 3 p.m.", "会议下午3点开始。"));
    assertEquals(List.of(), check("ja", "The meeting starts at 3 p.m.", "会議は午後3時に始まる。"));
    assertEquals(List.of(), check("ko", "The meeting starts at 3 p.m.", "회의는 오후 3시에 시작한다."));
    assertEquals(List.of(), checker.check(TranslationPair.of("7", Language.parse("zh"), EN, "会议下午3点开始。",
        "The meeting starts at 3 p.m.")));
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("es", "It started at 9 a.m.", "Empezó a las 9 de la noche.").stream().map(Finding::rule).toList());
    assertEquals(List.of(), check("The 12 am Sonntag", "Die 12 am Sonntag"));
  }

  @Test
  void aTwelveHourTimeAddedInTheTargetSaysSo() {
    assertEquals(List.of(new Finding(Rule.NUMBER_CHANGED, Severity.ERROR, null, 0, null, "7", EN, "3",
            "the time 3 of the target is 15 on the 24-hour clock (it has a.m. or p.m.), but the source has 3:"
                + " write the time of the source, 3 on the 24-hour clock")),
        checker.check(TranslationPair.of("7", DE, EN, "Das Treffen beginnt um 3 Uhr.", "The meeting starts at 3 p.m.")));
  }

  @Test
  void aDecadeMayBeWrittenWithItsLastTwoFigures() {
    assertEquals(List.of(), check("es", "It was founded in the 1990s.", "Fue fundada en los años 90."));
    assertEquals(List.of(), check("it", "It was founded in the 1990s.", "È stata fondata negli anni '90."));
    assertEquals(List.of(), check("It was founded in the 1990’s.", "Sie wurde in den 90er Jahren gegründet."));
    assertEquals(List.of(), check("es", "It was founded in the '90s.", "Fue fundada en los años 90."));
    assertEquals(List.of(), checker.check(TranslationPair.of("7", Language.parse("fr"), EN, "Elle a été fondée dans les années 90.",
        "It was founded in the 1990s.")));
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("es", "It was founded in the 1980s.", "Fue fundada en los años 90.").stream().map(Finding::rule).toList());
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("es", "It was founded in 1990.", "Fue fundada en 90.").stream().map(Finding::rule).toList());
  }

  @Test
  void romanNumeralsNextToTheWordForCenturyAreTheCentury() {
    assertEquals(List.of(), check("it", "the art of the 20th century", "l'arte del XX secolo"));
    assertEquals(List.of(), check("it", "The 21st century began.", "Il XXI secolo è iniziato."));
    assertEquals(List.of(), check("es", "The 21st century began.", "El siglo XXI empezó."));
    assertEquals(List.of(), check("pt-PT", "The 21st century began.", "O século XXI começou."));
    assertEquals(List.of(), check("pl", "It is the 21st century.", "To XXI wiek."));
    assertEquals(List.of(), check("ru", "It is the 21st century.", "Это XXI век."));
    assertEquals(List.of(), checker.check(TranslationPair.of("7", Language.parse("ru"), EN, "в начале XXI века",
        "at the start of the 21st century")));
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("es", "The 21st century began.", "El siglo XX empezó.").stream().map(Finding::rule).toList());
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("es", "The 21st anniversary.", "El aniversario XXI.").stream().map(Finding::rule).toList());
  }

  @Test
  void aTwelveHourTimeThatLostItsPmSaysSo() {
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "2", "the time 2 of the source is 14 on the 24-hour clock"
            + " (it has a.m. or p.m.), but the target has 2: write 14, or the time with a.m. or p.m. as the source does")),
        check("At 2 p.m. the talks began.", "Um 2 Uhr begannen die Gespräche."));
    assertEquals(List.of(), check("At 2 p.m. the talks began.", "Um 14 Uhr begannen die Gespräche."));
  }

  @Test
  void aNumberWordBeforeAScaleWordIsItsValue() {
    Language fr = Language.parse("fr");
    assertEquals(List.of(), check("The fund lost 3 million euros.", "Der Fonds verlor drei Millionen Euro."));
    assertEquals(List.of(), check("The fund lost 1 million euros.", "Der Fonds verlor eine Million Euro."));
    assertEquals(List.of(), checker.check(TranslationPair.of("7", EN, fr, "The fund lost 3 million euros.",
        "Le fonds a perdu trois millions d'euros.")));
    assertEquals(List.of(), checker.check(TranslationPair.of("8", Language.parse("de"), EN, "Der Fonds verlor drei Millionen Euro.",
        "The fund lost 3 million euros.")));
    // still a change when the value differs, and "drei" before no scale word is still 3
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("The fund lost 3 million euros.", "Der Fonds verlor vier Millionen Euro.").stream().map(Finding::rule).toList());
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("The fund lost 3 million euros.", "Der Fonds verlor drei Euro.").stream().map(Finding::rule).toList());
    // an article alone is no number: "ein" before a noun that is no scale word counts for nothing
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("The fund lost 1 euro.", "Der Fonds verlor einen Euro.").stream().map(Finding::rule).toList());
  }

  @Test
  void hourBeforeARangeOfThe12HourClockTakesItsAmOrPm() {
    assertEquals(List.of(), check("Between 2 and 3 p.m.", "Zwischen 14 und 15 Uhr."));
    assertEquals(List.of(), check("Open 2-5pm and 9 to 11 a.m.", "Geöffnet 14-17 Uhr und 9 bis 11 Uhr."));
    // A range that passes noon starts in the morning.
    assertEquals(List.of(), check("Lunch is from 11 to 1 p.m.", "Mittagessen gibt es von 11 bis 13 Uhr."));
    assertEquals(List.of(Rule.NUMBER_CHANGED),
        check("Between 2 and 3 p.m.", "Zwischen 13 und 15 Uhr.").stream().map(Finding::rule).toList());
  }

  @Test
  void yearRangeWithTwoFiguresIsBothYears() {
    assertEquals(List.of(), check("The 2019/20 season.", "Die Saison 2019/2020."));
    assertEquals(List.of(), check("The 2019-20 budget and the 1999-00 one.", "Der Haushalt 2019–2020 und der von 1999/2000."));
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "2021",
            "the number 2019/20 of the source is not in the target (found 2021 instead): keep the number, only its formatting"
                + " may change")),
        check("The 2019/20 season.", "Die Saison 2019/2021."));
  }

  @Test
  void minusSignLostInTheTargetIsAWarning() {
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.WARNING, "5",
            "the number -5 of the source has no minus sign in the target (found 5): write it as -5 or with \"minus\", unless"
                + " the words say it is negative")),
        check("Temperatures fell to -5 degrees.", "Die Temperaturen fielen auf 5 Grad."));
    assertEquals(List.of(), check("Temperatures fell to -5 degrees.", "Die Temperaturen fielen auf minus 5 Grad."));
    assertEquals(List.of(), check("Temperatures fell to -5 degrees.", "Die Temperaturen fielen auf \u22125 °C."));
    assertEquals(List.of(), checker.check(TranslationPair.of("1", EN, Language.parse("fr"), "It was -5 degrees.",
        "Il faisait moins 5 degrés.")));
    // A hyphen after a figure or a letter is a range or a compound, not a sign.
    assertEquals(List.of(), check("COVID-19 cases rose 2-3 times on the A-1.", "Die COVID-19-Fälle stiegen auf der A-1 um das 2- bis 3-Fache."));
  }

  @Test
  void yearNextToAnotherNumberStaysItsOwnNumber() {
    assertEquals(List.of(), check("In 2019 100 people came.", "2019 kamen 100 Menschen."));
  }

  @Test
  void figuresWrittenAgainstChineseOrJapaneseTextAreReadWhole() {
    Language zh = Language.parse("zh");
    List<Finding> found = checker.check(TranslationPair.of("7", EN, zh, "4,999 people came at 10:30; growth was 5.2%.",
        "有4999人在10:30到场，增长率为5.2%。").at("a.xlf", 12, "news.txt").withState("translated"));
    assertEquals(List.of(), found.stream().filter(f -> f.rule() == Rule.NUMBER_CHANGED || f.rule() == Rule.NUMBER_ADDED).toList());
    List<Finding> changed = checker.check(TranslationPair.of("7", zh, EN, "有4999人参加。", "4998 people attended.")
        .at("a.xlf", 12, "news.txt").withState("translated"));
    assertEquals(List.of("the number 4999 of the source is not in the target (found 4998 instead): keep the number, only its"
        + " formatting may change"), changed.stream().filter(f -> f.rule() == Rule.NUMBER_CHANGED).map(Finding::message).toList());
  }

  @Test
  void numberMissingOnceOfTwiceIsFlagged() {
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "3",
            "the number 3 occurs twice in the source but once in the target: keep every number of the source")),
        check("3 talks, 3 days.", "3 Gespräche, einige Tage."));
  }

  @Test
  void numberOnlyInTheTargetIsFlagged() {
    assertEquals(List.of(finding(Rule.NUMBER_ADDED, Severity.WARNING, "2018",
            "the target has the number 2018, which the source does not: remove it unless the source spells it out")),
        check("The summit in Hanoi failed.", "Der Gipfel in Hanoi 2018 scheiterte."));
  }

  @Test
  void extraCopyOfASourceNumberIsFlaggedAsAdded() {
    assertEquals(List.of(finding(Rule.NUMBER_ADDED, Severity.WARNING, "3",
            "the target has the number 3, which the source does not: remove it unless the source spells it out")),
        check("3 talks in Berlin.", "3 Gespräche in 3 Städten."));
    // The extra figure replaced a number word of the source: one error for the change.
    assertEquals(List.of(finding(Rule.NUMBER_CHANGED, Severity.ERROR, "3",
            "the number two of the source is not in the target (found 3 instead): keep the number, in words or figures")),
        check("3 talks in two days.", "3 Gespräche in 3 Tagen."));
  }

  @Test
  void changedNumberIsReportedOnceNotAlsoAsAdded() {
    assertEquals(List.of(Rule.NUMBER_CHANGED), check("The summit in February 2019 failed.", "Der Gipfel im Februar 2018 scheiterte.")
        .stream().map(Finding::rule).toList());
  }

  @Test
  void lostInlineCodeIsFlagged() {
    assertEquals(List.of(finding(Rule.CODE_MISSING, Severity.ERROR, "<ph id=\"1\"/>",
            "inline code <ph id=\"1\"/> of the source is missing from the target: keep every code of the source")),
        check("Seoul<ph id=\"1\"/> talks", "Gespräche in Seoul"));
  }

  @Test
  void keptInlineCodesAreClean() {
    assertEquals(List.of(), check("<pc id=\"1\">Seoul</pc> talks<ph id=\"2\"/>", "Gespräche in <pc id=\"1\">Seoul</pc><ph id=\"2\"/>"));
  }

  @Test
  void addedInlineCodeIsFlagged() {
    assertEquals(List.of(finding(Rule.CODE_ADDED, Severity.ERROR, "<ph id=\"2\"/>",
            "inline code <ph id=\"2\"/> is in the target but not in the source: remove it")),
        check("Seoul<ph id=\"1\"/> talks", "Seoul<ph id=\"1\"/> Gespräche<ph id=\"2\"/>"));
  }

  @Test
  void aCodeRepeatedInTheTargetIsCalledARepeatNotANewCode() {
    assertEquals(List.of(finding(Rule.CODE_ADDED, Severity.ERROR, "<pc id=\"1\">",
            "inline code <pc id=\"1\"> is twice in the target but once in the source: remove the extra one")),
        check("<pc id=\"1\">Seoul</pc> talks", "<pc id=\"1\">Gespräche</pc> in <pc id=\"1\">Seoul</pc>"));
  }

  @Test
  void codeOfAnotherKindIsFlagged() {
    assertEquals(List.of(finding(Rule.CODE_CHANGED, Severity.ERROR, "<sc id=\"1\"/>",
            "inline code <ph id=\"1\"/> of the source is <sc id=\"1\"/> in the target: keep each code as it is in the source")),
        check("Seoul<ph id=\"1\"/> talks", "Seoul<sc id=\"1\"/> Gespräche"));
  }

  @Test
  void reorderedInlineCodesAreFlagged() {
    assertEquals(List.of(finding(Rule.CODE_ORDER, Severity.WARNING, "<ph id=\"2\"/> <ph id=\"1\"/>",
            "the inline codes are in a different order than in the source (source <ph id=\"1\"/> <ph id=\"2\"/>, "
                + "target <ph id=\"2\"/> <ph id=\"1\"/>): check that each code still marks the right words")),
        check("<ph id=\"1\"/>Seoul talks<ph id=\"2\"/>", "<ph id=\"2\"/>Gespräche in Seoul<ph id=\"1\"/>"));
  }

  @Test
  void missingTrailingSpaceIsFlaggedThroughOkapi() {
    assertEquals(List.of(finding(Rule.WHITESPACE_TRAILING, Severity.WARNING, "",
            "the source ends with a space but the target ends with nothing: keep the white space of the source")),
        check("Biden said so. ", "Biden sagte das."));
  }

  @Test
  void extraLeadingSpaceIsFlagged() {
    assertEquals(List.of(finding(Rule.WHITESPACE_LEADING, Severity.WARNING, "  ",
            "the source begins with nothing but the target begins with 2 spaces: keep the white space of the source")),
        check("Biden said so.", "  Biden sagte das."));
  }

  @Test
  void sameWhiteSpaceAtBothEndsIsClean() {
    assertEquals(List.of(), check(" Biden said so.\n", " Biden sagte das.\n"));
  }

  @Test
  void doubledSpaceIsFlagged() {
    assertEquals(List.of(finding(Rule.DOUBLE_SPACE, Severity.WARNING, "Kim  Jong",
            "the target has a doubled space in 'Kim  Jong': use a single space")),
        check("Kim Jong Un spoke.", "Kim  Jong Un sprach."));
  }

  @Test
  void doubledSpaceKeptFromTheSourceIsClean() {
    assertEquals(List.of(), check("Kim  Jong Un spoke.", "Kim  Jong Un sprach."));
  }

  @Test
  void sourceChangedAfterExportIsStale() {
    String source = "Biden said so.";
    TranslationPair pair = TranslationPair.of("7", EN, DE, "Biden said it.", "Biden sagte das.")
        .at("a.xlf", 12, "news.txt").withFingerprint(Fingerprint.of(source));
    assertEquals(List.of(finding(Rule.SOURCE_STALE, Severity.ERROR, "Biden said it.",
            "the source text was changed after export (it no longer matches td:fingerprint): "
                + "never edit the source; translate the current text from a fresh export")),
        checker.check(pair));
  }

  @Test
  void sourceMatchingItsFingerprintIsNotStale() {
    TranslationPair pair = TranslationPair.of("7", EN, DE, "Biden  said\nso.", "Biden sagte das.")
        .withFingerprint(Fingerprint.of("Biden said so."));
    assertEquals(List.of(), checker.check(pair));
  }

  @Test
  void escapedTextIsComparedUnescaped() {
    assertEquals(List.of(), check("AT&amp;T &lt;3", "AT&amp;T &lt;3 Firma"));
  }
}
