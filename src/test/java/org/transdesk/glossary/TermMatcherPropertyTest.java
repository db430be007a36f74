package org.transdesk.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.transdesk.Language;

/** The indexed matcher finds exactly what trying every entry at every token would find. */
class TermMatcherPropertyTest {
  private static final Language EN = Language.parse("en");
  private static final Language DE = Language.parse("de");
  private static final List<String> WORDS = List.of("Kim", "Jong", "Un", "kim", "Uns", "Sung", "envoy", "envoys", "special", "Special",
      "US", "the", "chief", "negotiators", "negotiator", "Japan", "Japans", "s", "Biden", "Bidens");
  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "-", "'", "’s ", ", ", ". ");

  @Property(tries = 300)
  void indexFindsWhatABruteForceScanFinds(@ForAll("glossaries") List<Entry> entries, @ForAll("texts") String text) {
    assertEquals(bruteForce(entries, text), Glossary.of(entries).matcher(EN, DE).find(text));
  }

  /** Large glossaries over few words: many forms share their first tokens, so the index splits them by the next ones. */
  @Property(tries = 200)
  void splitIndexFindsWhatABruteForceScanFinds(@ForAll("largeGlossaries") List<Entry> entries, @ForAll("texts") String text) {
    assertEquals(bruteForce(entries, text), Glossary.of(entries).matcher(EN, DE).find(text));
  }

  @Provide
  Arbitrary<List<Entry>> largeGlossaries() {
    Arbitrary<String> source = Combinators.combine(Arbitraries.of("Kim", "Jong", "special", "US"),
            Arbitraries.of(WORDS).list().ofMaxSize(3))
        .as((first, rest) -> String.join(" ", first, String.join(" ", rest)).strip());
    Arbitrary<Entry> entry = Combinators.combine(Arbitraries.of(EntryType.class), Arbitraries.of(MatchMode.class),
            source.list().ofMinSize(1).ofMaxSize(2))
        .as((type, mode, texts) -> new Entry(type, texts, List.of(), mode, ""));
    return entry.list().ofMinSize(40).ofMaxSize(120);
  }

  @Provide
  Arbitrary<List<Entry>> glossaries() {
    Arbitrary<String> source = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
    Arbitrary<Entry> entry = Combinators.combine(Arbitraries.of(EntryType.class), Arbitraries.of(MatchMode.class), source)
        .as((type, mode, text) -> new Entry(type, List.of(text), List.of(), mode, ""));
    return entry.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of(SEPARATORS)).as((word, separator) -> word + separator);
    return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
  }

  private static List<Match> bruteForce(List<Entry> entries, String text) {
    Stemmer stemmer = Stemmer.of(EN);
    Tokens tokens = Tokens.of(text);
    List<Match> matches = new ArrayList<>();
    int token = 0;
    while (token < tokens.size()) {
      Entry best = null;
      int bestEnd = -1;
      for (Entry entry : entries) {
        for (String source : entry.sources()) {
          int end = Form.of(source, entry.match(), entry.type(), EN.primary(), stemmer, false).endAt(tokens, token, stemmer);
          if (end > bestEnd) {
            best = entry;
            bestEnd = end;
          }
        }
      }
      if (best == null) {
        token++;
        continue;
      }
      int start = tokens.start(token);
      int end = tokens.end(bestEnd - 1);
      matches.add(new Match(best, start, end, text.substring(start, end)));
      token = bestEnd;
    }
    return matches;
  }
}
