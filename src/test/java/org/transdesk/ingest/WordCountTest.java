package org.transdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.wordcount.WordCounter;
import org.junit.jupiter.api.Test;
import org.transdesk.bench.Corpus;

class WordCountTest {
  @Test
  void countsWhatOkapisWordCounterCountsOnTheSampleAndGeneratedNews() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("articles/north-korea-talks.txt")).stream().filter(l -> !l.isBlank()).toList();
    Corpus corpus = new Corpus(7);
    List<String> news = java.util.stream.IntStream.range(0, 300).mapToObj(i -> corpus.article(i, 12).text()).toList();
    for (String lang : List.of("en", "de", "fr")) {
      LocaleId locale = LocaleId.fromBCP47(lang);
      for (String text : news) assertEquals(WordCounter.count(text, locale), WordCount.of(text, locale), text);
    }
    for (String lang : List.of("en", "de")) {
      LocaleId locale = LocaleId.fromBCP47(lang);
      for (String text : lines) assertEquals(WordCounter.count(text, locale), WordCount.of(text, locale), text);
    }
    assertEquals(List.of(8, 3, 0), List.of(
        WordCount.of("Kim Jong Un met Joe Biden in 2019.", LocaleId.ENGLISH),
        WordCount.of("L'envoyé spécial", LocaleId.FRENCH),
        WordCount.of("  ", LocaleId.ENGLISH)));
  }

  @Test
  void loneApostropheInFrenchTextIsPunctuationWhereOkapisCounterFails() {
    String text = "Alluding to Kim Jong Uns ’statements, Biden’s envoy spoke.";
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> WordCounter.count(text, LocaleId.FRENCH));
    assertEquals(WordCounter.count(text.replace(" ’", "  "), LocaleId.FRENCH), WordCount.of(text, LocaleId.FRENCH));
  }
}
