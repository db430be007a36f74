package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one-letter conjunctions, prepositions and articles that Arabic and Hebrew write onto the next
 * word: Arabic "والقاهرة", "بالقاهرة" are "القاهرة" with "and", "in"; Hebrew "בטהראן", "ומירושלים"
 * are "טהראן", "ירושלים" with "in", "and from". A word is an entry's first word when it is that
 * word with such letters in front.
 */
enum Proclitics {
  /** Conjunctions و, ف; prepositions ب, ك, ل; the article ال when the entry has none. */
  ARABIC {
    private static final String[] CONJUNCTIONS = {"", "\u0648", "\u0641"};
    private static final String[] PREPOSITIONS = {"", "\u0628", "\u0643", "\u0644"};
    private static final String ARTICLE = "\u0627\u0644";

    /** After ل the article loses its alif: "للقاهرة" is ل + "القاهرة". */
    @Override boolean hides(String word, Predicate<String> isFirstWord) {
      for (String conjunction : CONJUNCTIONS) {
        if (!word.startsWith(conjunction)) continue;
        for (String preposition : PREPOSITIONS) {
          int length = conjunction.length() + preposition.length();
          if (length == 0 || !word.startsWith(preposition, conjunction.length())) continue;
          String rest = word.substring(length);
          if (rest.length() < 2) continue;
          if (isFirstWord.test(rest)) return true;
          if (rest.startsWith(ARTICLE) && rest.length() > 3 && isFirstWord.test(rest.substring(2))) return true;
          if (preposition.equals("\u0644") && rest.startsWith("\u0644") && rest.length() > 2
              && (isFirstWord.test("\u0627" + rest) || isFirstWord.test(rest.substring(1)))) return true;
        }
      }
      return false;
    }
  },

  /**
   * The conjunction ו, the relative ש or כש, a preposition ב, כ, ל or מ and the article ה, in that
   * order ("וב", "של", "מה", "ושמה"). After ב, כ and ל the article is not written: "בכנסת" is ב +
   * "הכנסת".
   */
  HEBREW {
    private static final String ARTICLE = "\u05D4";
    /** Every sequence of them, and whether an article is unwritten after it (ב, כ or ל last). */
    private static final String[] PREFIXES;
    private static final boolean[] ABSORBING;

    static {
      List<String> prefixes = new ArrayList<>();
      for (String conjunction : List.of("", "\u05D5")) {
        for (String relative : List.of("", "\u05E9", "\u05DB\u05E9")) {
          for (String preposition : List.of("", "\u05D1", "\u05DB", "\u05DC", "\u05DE")) {
            for (String article : List.of("", ARTICLE)) {
              String prefix = conjunction + relative + preposition + article;
              if (!prefix.isEmpty() && !prefixes.contains(prefix)) prefixes.add(prefix);
            }
          }
        }
      }
      PREFIXES = prefixes.toArray(new String[0]);
      ABSORBING = new boolean[PREFIXES.length];
      for (int i = 0; i < PREFIXES.length; i++) ABSORBING[i] = "\u05D1\u05DB\u05DC".indexOf(PREFIXES[i].charAt(PREFIXES[i].length() - 1)) >= 0;
    }

    @Override boolean hides(String word, Predicate<String> isFirstWord) {
      if (word.length() < 3 || "\u05D5\u05E9\u05DB\u05D1\u05DC\u05DE\u05D4".indexOf(word.charAt(0)) < 0) return false;
      for (int i = 0; i < PREFIXES.length; i++) {
        String prefix = PREFIXES[i];
        if (!word.startsWith(prefix) || word.length() - prefix.length() < 2) continue;
        String rest = word.substring(prefix.length());
        if (isFirstWord.test(rest) || ABSORBING[i] && isFirstWord.test(ARTICLE + rest)) return true;
      }
      return false;
    }
  };

  /** The proclitics of a target language, or null when it writes none onto its words. */
  static Proclitics of(String languagePrimary) {
    return switch (languagePrimary) {
      case "ar" -> ARABIC;
      case "he", "iw" -> HEBREW;
      default -> null;
    };
  }

  /** Whether the word is, after some of these letters (at least one), a word the test accepts. */
  abstract boolean hides(String word, Predicate<String> isFirstWord);
}
