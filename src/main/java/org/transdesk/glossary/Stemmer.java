package org.transdesk.glossary;

import java.util.Arrays;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;
import org.transdesk.Language;

/**
 * The Snowball stemmer of a language (through Lucene's analysis-common), or none for a language
 * Snowball does not cover. Input must already be lower case. Safe to share between threads:
 * each thread gets its own Snowball program (they keep state) and its own memory of the stems of
 * frequent words, since the words of news text repeat and stemming every token was the matcher's
 * main cost.
 */
final class Stemmer {
  /** Slots of each thread's memory (a power of two; about 1 MB when full). */
  static final int SLOTS = 1 << 13;

  /**
   * One thread's Snowball program and a small direct-mapped memory of word and stem. A slot that
   * served a hit since it was filled gets a second chance before a new word takes it, so frequent
   * words stay and rare ones (names) pass through without churning long-lived memory.
   */
  private static final class Program {
    final SnowballStemmer snowball;
    final String[] words = new String[SLOTS];
    final String[] stems = new String[SLOTS];
    final boolean[] used = new boolean[SLOTS];

    Program(SnowballStemmer snowball) {
      this.snowball = snowball;
    }

    String stem(String word) {
      int hash = word.hashCode();
      int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
      if (word.equals(words[slot])) {
        used[slot] = true;
        return stems[slot];
      }
      snowball.setCurrent(word);
      snowball.stem();
      String stem = snowball.getCurrent();
      if (used[slot]) {
        used[slot] = false;
      } else {
        words[slot] = word;
        stems[slot] = stem;
      }
      return stem;
    }

    void forget() {
      Arrays.fill(words, null);
      Arrays.fill(stems, null);
      Arrays.fill(used, false);
    }
  }

  private final ThreadLocal<Program> programs;

  private Stemmer(Supplier<SnowballStemmer> supplier) {
    this.programs = supplier == null ? null : ThreadLocal.withInitial(() -> new Program(supplier.get()));
  }

  static Stemmer of(Language language) {
    Supplier<SnowballStemmer> supplier = switch (language.primary()) {
      case "en" -> EnglishStemmer::new;
      case "de" -> GermanStemmer::new;
      case "fr" -> FrenchStemmer::new;
      case "es" -> SpanishStemmer::new;
      case "it" -> ItalianStemmer::new;
      case "pt" -> PortugueseStemmer::new;
      case "nl" -> DutchStemmer::new;
      case "sv" -> SwedishStemmer::new;
      case "da" -> DanishStemmer::new;
      case "no", "nb", "nn" -> NorwegianStemmer::new;
      case "fi" -> FinnishStemmer::new;
      case "ru" -> RussianStemmer::new;
      case "hu" -> HungarianStemmer::new;
      case "ro" -> RomanianStemmer::new;
      case "tr" -> TurkishStemmer::new;
      case "ca" -> CatalanStemmer::new;
      case "el" -> GreekStemmer::new;
      case "ga" -> IrishStemmer::new;
      case "lt" -> LithuanianStemmer::new;
      case "ar" -> ArabicStemmer::new;
      default -> null;
    };
    return new Stemmer(supplier);
  }

  /** The stem of a lower-case word (the word itself when the language has no stemmer). */
  String stem(String lowerCaseWord) {
    return programs == null ? lowerCaseWord : programs.get().stem(lowerCaseWord);
  }

  /** Drops this thread's remembered stems (after indexing a glossary, whose words are not the texts'). */
  void forget() {
    if (programs != null) programs.get().forget();
  }
}
