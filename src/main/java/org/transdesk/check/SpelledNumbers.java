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
    Map<String, Integer> words = WORDS.get(language.primary());
    Map<String, Integer> counts = new HashMap<>();
    if (words == null) return counts;
    int i = 0;
    int n = plain.length();
    while (i < n) {
      if (!Character.isLetter(plain.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(plain.charAt(i))) i++;
      Integer value = words.get(plain.substring(start, i).toLowerCase(Locale.ROOT));
      if (value != null) counts.merge(Integer.toString(value), 1, Integer::sum);
    }
    return counts;
  }
}
