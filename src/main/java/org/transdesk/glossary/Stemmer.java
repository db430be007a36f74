package org.transdesk.glossary;

import java.util.Locale;
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
 * Snowball does not cover, and the language's case folding ({@link #fold}). Input to {@link #stem}
 * must already be folded. Safe to share between threads:
 * each thread gets its own Snowball program (they keep state) and its own table of the words it
 * has met in this language's texts ({@link #words}).
 */
final class Stemmer {
  /** What one thread keeps: its Snowball program (or none) and the words it has met. */
  private static final class Local {
    private final SnowballStemmer snowball;
    private final Word.Table words = new Word.Table();

    Local(SnowballStemmer snowball) {
      this.snowball = snowball;
    }
  }

  private final Supplier<SnowballStemmer> supplier;
  private final ThreadLocal<Local> local;
  private final boolean german;
  /** The casing rules of {@link #fold}: Turkish and Azerbaijani pair I with ı and İ with i. */
  private final Locale casing;

  private Stemmer(Supplier<SnowballStemmer> supplier, boolean german, Locale casing) {
    this.supplier = supplier;
    this.german = german;
    this.casing = casing;
    this.local = ThreadLocal.withInitial(() -> new Local(supplier == null ? null : supplier.get()));
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
    Locale casing = switch (language.primary()) {
      case "tr", "az" -> Locale.forLanguageTag(language.primary());
      default -> Locale.ROOT;
    };
    return new Stemmer(supplier, language.primary().equals("de"), casing);
  }

  /**
   * A word in lower case for ignore-case matching in this language ({@link Word#fold}): in Turkish
   * and Azerbaijani "BAŞKANI" is "başkanı" and "İSTANBUL" is "istanbul", elsewhere I is i.
   */
  String fold(String word) {
    return Word.fold(word, casing);
  }

  /** The stem of a lower-case word (the word itself when the language has no stemmer). */
  String stem(String lowerCaseWord) {
    if (supplier == null) return lowerCaseWord;
    SnowballStemmer program = local.get().snowball;
    program.setCurrent(lowerCaseWord);
    program.stem();
    String stem = program.getCurrent();
    // German's feminine plural: Snowball takes "-en" off "Außenministerinnen" and leaves
    // "aussenministerinn", where the singular "Außenministerin" is "aussenministerin".
    if (german && stem.length() > 5 && stem.endsWith("inn")) return stem.substring(0, stem.length() - 1);
    return stem;
  }

  /** This thread's table of the words met in this language's texts. */
  Word.Table words() {
    return local.get().words;
  }
}
