package org.transdesk.check;

import java.util.Map;
import org.transdesk.Language;
import org.transdesk.Scripts;

/**
 * The words of one language that multiply the figure before them by a power of ten ("2.4
 * billion", "1,5 Mio.", "2.400 millones", "2,4 mil millones"), so that a value reads the same
 * however it is written. "Billion" is 10^9 in English and Brazilian "bilhão", 10^12 in German
 * "Billion", French "billion", Spanish "billón" and Portuguese "bilião". English plurals
 * ("millions") are left out: after a figure they are a year's next word ("in 2019 millions fled").
 */
final class ScaleWords {
  /** No scale words: the figures are read alone, as for a language without a table. */
  static final ScaleWords NONE = new ScaleWords(new String[0], new int[0], new boolean[0], new boolean[0], new String[0]);

  /** The words that join the two figures of a range ("150 to 180 million", "150 bis 180 Mio."), besides a dash. */
  private static final Map<String, String[]> RANGE_WORDS = Map.ofEntries(
      Map.entry("en", new String[] {"to", "and", "or"}),
      Map.entry("de", new String[] {"bis", "und", "oder"}),
      Map.entry("fr", new String[] {"à", "et", "ou"}),
      Map.entry("es", new String[] {"a", "y", "o"}),
      Map.entry("it", new String[] {"a", "e", "o"}),
      Map.entry("pt", new String[] {"a", "e", "ou"}),
      Map.entry("nl", new String[] {"tot", "en", "of"}),
      Map.entry("pl", new String[] {"do", "i", "lub"}),
      Map.entry("ru", new String[] {"до", "и", "или"}),
      Map.entry("uk", new String[] {"до", "і", "та", "або"}),
      Map.entry("ar", new String[] {"إلى", "أو"}));

  private static final Map<String, ScaleWords> BY_LANGUAGE = Map.ofEntries(
      // "m", "k" only glued to an amount after a currency sign ("$1.5m", "£20M", "$50k"): "100m" is a distance.
      Map.entry("en", table("thousand 3", "million 6", "mn 6", "m 6 ¤", "k 3 ¤", "billion 9", "bn 9", "trillion 12", "tn 12")),
      Map.entry("de", table("Tausend 3", "Million 6", "Millionen 6", "Mio 6", "Mill 6", "Milliarde 9", "Milliarden 9", "Mrd 9",
          "Mia 9", "Billion 12", "Billionen 12")),
      Map.entry("fr", table("mille 3", "million 6", "millions 6", "Mio 6", "milliard 9", "milliards 9", "Md 9", "Mds 9", "Mrd 9",
          "billion 12", "billions 12")),
      Map.entry("es", table("mil 3", "millón 6", "millones 6", "millardo 9", "millardos 9", "billón 12", "billones 12")),
      Map.entry("it", table("mila 3", "milione 6", "milioni 6", "mln 6", "Mio 6", "miliardo 9", "miliardi 9", "mld 9", "Mrd 9")),
      Map.entry("pt", table("mil 3", "milhão 6", "milhões 6", "bilhão 9", "bilhões 9", "bilião 12", "biliões 12",
          // Brazilian "trilhão" and the press's "R$ 1,5 bi", "R$ 2 mi".
          "trilhão 12", "trilhões 12", "bi 9", "mi 6")),
      Map.entry("nl", table("duizend 3", "miljoen 6", "mln 6", "miljard 9", "mld 9", "biljoen 12")),
      Map.entry("pl", table("tys 3", "milion 6", "miliona 6", "miliony 6", "milionów 6", "mln 6", "miliard 9", "miliarda 9",
          "miliardy 9", "miliardów 9", "mld 9", "bilion 12", "biliona 12", "biliony 12", "bilionów 12", "bln 12")),
      Map.entry("ru", table("тыс 3", "миллион 6", "миллиона 6", "миллионов 6", "млн 6", "миллиард 9", "миллиарда 9",
          "миллиардов 9", "млрд 9", "триллион 12", "триллиона 12", "триллионов 12", "трлн 12")),
      Map.entry("uk", table("тис 3", "тисяча 3", "тисячі 3", "тисяч 3", "мільйон 6", "мільйона 6", "мільйони 6",
          "мільйонів 6", "млн 6", "мільярд 9", "мільярда 9", "мільярди 9", "мільярдів 9", "млрд 9", "трильйон 12",
          "трильйона 12", "трильйони 12", "трильйонів 12", "трлн 12")),
      Map.entry("ar", table("ألف 3", "آلاف 3", "مليون 6", "ملايين 6", "مليار 9", "مليارات 9", "تريليون 12")),
      // Chinese, Japanese and Korean count in myriads, written straight against the next word: "240亿美元", "3만명".
      Map.entry("zh", table("万 4", "萬 4", "亿 8", "億 8", "兆 12")),
      Map.entry("ja", table("万 4", "億 8", "兆 12")),
      Map.entry("ko", table("만 4", "억 8", "조 12", "万 4", "億 8", "兆 12")));

  private final String[] words;
  private final int[] exponents;
  private final boolean[] afterCurrencyOnly;
  private final boolean[] foreign;
  private final String[] rangeWords;
  /** Whether the words that need a currency sign before their figure do without it ({@link #gluedAnywhere}). */
  private boolean currencyOptional;

  private ScaleWords(String[] words, int[] exponents, boolean[] afterCurrencyOnly, boolean[] foreign, String[] rangeWords) {
    this.words = words;
    this.exponents = exponents;
    this.afterCurrencyOnly = afterCurrencyOnly;
    this.foreign = foreign;
    this.rangeWords = rangeWords;
  }

  /** Entries "word exponent", with "¤" when the word counts only glued to an amount after a currency sign. */
  private static ScaleWords table(String... entries) {
    String[] words = new String[entries.length];
    int[] exponents = new int[entries.length];
    boolean[] afterCurrencyOnly = new boolean[entries.length];
    for (int i = 0; i < entries.length; i++) {
      String[] parts = entries[i].split(" ");
      words[i] = parts[0];
      exponents[i] = Integer.parseInt(parts[1]);
      afterCurrencyOnly[i] = parts.length > 2;
    }
    return new ScaleWords(words, exponents, afterCurrencyOnly, new boolean[entries.length], new String[0]);
  }

  /** The table of one language, {@link #NONE} when it has none. */
  static ScaleWords of(Language language) {
    ScaleWords table = BY_LANGUAGE.get(language.primary());
    if (table == null) return NONE;
    return new ScaleWords(table.words, table.exponents, table.afterCurrencyOnly, table.foreign,
        RANGE_WORDS.getOrDefault(language.primary(), new String[0]));
  }

  /**
   * These words, then {@code other}'s after an amount with a currency sign, which a text may keep
   * as the other language writes it ("£1.2bn" in a German text; "5 Mill Road" stays 5).
   */
  ScaleWords then(ScaleWords other) {
    boolean[] both = new boolean[words.length + other.words.length];
    java.util.Arrays.fill(both, words.length, both.length, true);
    return new ScaleWords(concat(words, other.words), concat(exponents, other.exponents),
        concat(afterCurrencyOnly, other.afterCurrencyOnly), both, concat(rangeWords, other.rangeWords));
  }

  /**
   * These words with the ones that count only after a currency sign ("m", "k") counting glued to
   * any figure: "2.5m people" is 2,500,000 in British news, "a 100m race" is not. Only another
   * reading, for when the figures do not match otherwise ({@link Checker}).
   */
  ScaleWords gluedAnywhere() {
    boolean any = false;
    for (boolean only : afterCurrencyOnly) any |= only;
    if (!any) return this;
    ScaleWords lenient = new ScaleWords(words, exponents, afterCurrencyOnly, foreign, rangeWords);
    lenient.currencyOptional = true;
    return lenient;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static boolean[] concat(boolean[] a, boolean[] b) {
    boolean[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /**
   * Whether the text from {@code from} to {@code to} joins two figures into a range: a dash, or a
   * range word between spaces ("4,1 bis 4,3", "4.1-4.3", "$4.1 to $4.3"), a currency sign allowed
   * before the second figure.
   */
  boolean joinsRange(String text, int from, int to) {
    String between = text.substring(from, to).strip();
    if (!between.isEmpty() && "$£€¥".indexOf(between.charAt(between.length() - 1)) >= 0) {
      between = between.substring(0, between.length() - 1).strip();
    }
    if (between.equals("-") || between.equals("\u2013")) return true;
    if (to - from < 2 || !Character.isWhitespace(text.charAt(from))) return false;
    for (String word : rangeWords) if (between.equals(word)) return true;
    return false;
  }

  /**
   * The index of the scale word that starts at {@code at} and ends before a non-letter, or -1.
   *
   * @param glued whether the word follows the figure with nothing between ("5bn")
   * @param afterCurrency whether a currency sign comes right before the figure
   */
  int find(String text, int at, boolean glued, boolean afterCurrency) {
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (!text.regionMatches(true, at, word, 0, word.length())) continue;
      int after = at + word.length();
      if (after < text.length() && Character.isLetter(text.charAt(after)) && !gluesToNextWord(word)) continue;
      if (afterCurrencyOnly[w] && !(glued && (afterCurrency || currencyOptional)) || foreign[w] && !afterCurrency) continue;
      return w;
    }
    return -1;
  }

  /** Whether a word is written straight against the next one, as in Chinese, Japanese and Korean ("240亿美元", "3만명"). */
  private static boolean gluesToNextWord(String word) {
    char last = word.charAt(word.length() - 1);
    return Scripts.isSpaceless(last) || Character.UnicodeScript.of(last) == Character.UnicodeScript.HANGUL;
  }

  int length(int word) {
    return words[word].length();
  }

  int exponent(int word) {
    return exponents[word];
  }
}
