package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import org.junit.jupiter.api.Test;
import org.transdesk.bench.Corpus;

class WordCountTest {
  /** Words in capitals, acronyms with dots, dates: what Okapi's counter leaves out. */
  private static final java.util.regex.Pattern ABBREVIATION_OR_DATE =
      java.util.regex.Pattern.compile("\\b\\p{Lu}{2,}\\b|\\b\\p{Lu}\\.\\p{Lu}|\\d/\\d");

  @Test
  void countsWhatOkapisWordCounterCountsOnTheSampleAndGeneratedNewsPlusAbbreviationsAndDates() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("articles/north-korea-talks.txt")).stream().filter(l -> !l.isBlank()).toList();
    Corpus corpus = new Corpus(7);
    List<String> news = java.util.stream.IntStream.range(0, 300).mapToObj(i -> corpus.article(i, 12).text()).toList();
    int compared = 0;
    for (String lang : List.of("en", "de", "fr")) {
      LocaleId locale = LocaleId.fromBCP47(lang);
      for (String text : news) {
        if (ABBREVIATION_OR_DATE.matcher(text).find()) continue;
        assertEquals(WordCounter.count(text, locale), WordCount.of(text, locale), text);
        compared++;
      }
    }
    for (String lang : List.of("en", "de")) {
      LocaleId locale = LocaleId.fromBCP47(lang);
      for (String text : lines) {
        long okapi = WordCounter.count(text, locale);
        if (ABBREVIATION_OR_DATE.matcher(text).find()) assertTrue(WordCount.of(text, locale) >= okapi, text);
        else assertEquals(okapi, WordCount.of(text, locale), text);
      }
    }
    assertTrue(compared > 100, "too few texts compared: " + compared);
    assertEquals(List.of(8, 3, 0), List.of(
        WordCount.of("Kim Jong Un met Joe Biden in 2019.", LocaleId.ENGLISH),
        WordCount.of("L'envoyé spécial", LocaleId.FRENCH),
        WordCount.of("  ", LocaleId.ENGLISH)));
  }

  @Test
  void wordsInCapitalsAcronymsAndDatesAreWords() {
    // Okapi's counter: 3, 1 and 4 (it calls NATO, EU, BERLIN, AP and U.S. abbreviations and leaves them out, and the date)
    assertEquals(List.of(5, 3, 6), List.of(
        WordCount.of("NATO and the EU met.", LocaleId.ENGLISH),
        WordCount.of("BERLIN (AP) said.", LocaleId.ENGLISH),
        WordCount.of("On 12/5/2024 the U.S. envoy left.", LocaleId.ENGLISH)));
  }

  @Test
  void anAmountWithItsCurrencySignADottedDateAndAScoreAreOneWordEach() {
    // Okapi's counter left out "$87.15", "€87" and "28.11.2026", and read "11/24/2026" and "2:1" as several numbers.
    assertEquals(List.of(4, 4, 3, 6, 4, 4, 4), List.of(
        WordCount.of("It closed at $87.15.", LocaleId.ENGLISH),
        WordCount.of("It cost €87 then.", LocaleId.ENGLISH),
        WordCount.of("approx. $2.1 billion", LocaleId.ENGLISH),
        WordCount.of("Die Verhandlungen sind am 28.11.2026 gescheitert.", LocaleId.GERMAN),
        WordCount.of("Filed on 11/24/2026 today.", LocaleId.ENGLISH),
        WordCount.of("Filed on 12/5/2024 today.", LocaleId.ENGLISH),
        WordCount.of("Das Spiel endete 2:1.", LocaleId.GERMAN)));
    // A currency sign alone is no word: "R$ 3" is two ("R" and "3"), as "R 3" is.
    assertEquals(WordCount.of("R 3 paid", LocaleId.ENGLISH), WordCount.of("R$ 3 paid", LocaleId.ENGLISH));
  }

  @Test
  void loneApostropheInFrenchTextIsPunctuationWhereOkapisCounterFails() {
    String text = "Alluding to Kim Jong Uns ’statements, Biden’s envoy spoke.";
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> WordCounter.count(text, LocaleId.FRENCH));
    assertEquals(WordCounter.count(text.replace(" ’", "  "), LocaleId.FRENCH), WordCount.of(text, LocaleId.FRENCH));
  }
}
