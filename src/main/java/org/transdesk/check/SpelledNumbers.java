package org.transdesk.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.transdesk.Language;

/**
 * Numbers from zero to twelve written as words, which house styles prefer to digits ("drei
 * Menschen" for "3 people", "three" for "3"): counted by value so that a number of the other text
 * written in digits finds its word. One is only its unambiguous numeral ("eins", "één", "one"):
 * "ein", "un", "une", "uno", "een", "um" are mostly articles, and counting them would let a 1
 * changed into a 2 pass in nearly every sentence.
 */
final class SpelledNumbers {
  private static final Map<String, Map<String, Integer>> WORDS = Map.of(
      "en", words("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
      "de", words("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
          "neun", "zehn", "elf", "zwölf"),
      "fr", words("zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
      "es", words("cero", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
      "it", words("zero", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
          "dodici"),
      "nl", words("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
      "pt", words("zero", "", "dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"));

  /**
   * The words for one that are articles too, and mean one only before a scale word: "eine Million",
   * "un millón", "a million".
   */
  private static final Map<String, java.util.Set<String>> ONE_BEFORE_SCALE = Map.of(
      "en", java.util.Set.of("one", "a"),
      "de", java.util.Set.of("ein", "eine", "einer", "einen", "eins"),
      "fr", java.util.Set.of("un", "une"),
      "es", java.util.Set.of("un", "una"),
      "it", java.util.Set.of("un", "uno", "una"),
      "nl", java.util.Set.of("een", "één"),
      "pt", java.util.Set.of("um", "uma"));

  private SpelledNumbers() {}

  private static Map<String, Integer> words(String... byValue) {
    Map<String, Integer> words = new HashMap<>();
    for (int value = 0; value < byValue.length; value++) {
      for (String word : byValue[value].split("\\|")) if (!word.isEmpty()) words.put(word, value);
    }
    return Map.copyOf(words);
  }

  /** How often each value (as a number key: "3") is written as a word in the text; empty for languages not listed. */
  static Map<String, Integer> in(String plain, Language language) {
    return in(plain, language, ScaleWords.NONE);
  }

  /**
   * The same, a word followed by {@code scales}' words read as its value: "drei Millionen" is
   * 3000000, "eine Million" 1000000, "dos mil millones" 2000000000 (as "3 million" is in figures).
   */
  static Map<String, Integer> in(String plain, Language language, ScaleWords scales) {
    Map<String, Integer> words = WORDS.get(language.primary());
    Map<String, Integer> counts = new HashMap<>();
    if (words == null) return counts;
    java.util.Set<String> ones = ONE_BEFORE_SCALE.getOrDefault(language.primary(), java.util.Set.of());
    int i = 0;
    int n = plain.length();
    while (i < n) {
      if (!Character.isLetter(plain.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(plain.charAt(i))) i++;
      String word = plain.substring(start, i).toLowerCase(Locale.ROOT);
      Integer value = words.get(word);
      boolean one = value == null && ones.contains(word);
      if (value == null && !one) continue;
      int exponent = 0;
      for (int at = i; ; ) {
        int next = at;
        while (next < n && Character.isWhitespace(plain.charAt(next))) next++;
        if (next == at || next >= n || !Character.isLetter(plain.charAt(next))) break;
        int scale = scales.find(plain, next, false, false);
        if (scale < 0) break;
        exponent += scales.exponent(scale);
        at = next + scales.length(scale);
        i = at;
      }
      if (exponent > 0 && (one || value > 0)) {
        counts.merge((one ? "1" : Integer.toString(value)) + "0".repeat(exponent), 1, Integer::sum);
      } else if (!one) {
        counts.merge(Integer.toString(value), 1, Integer::sum);
      }
    }
    return counts;
  }
}
