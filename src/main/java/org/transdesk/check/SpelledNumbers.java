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
      "en", words("zero", "one", "two|twice", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
      "de", words("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
          "neun", "zehn", "elf", "zwölf"),
      "fr", words("zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
      "es", words("cero", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
      "it", words("zero", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
          "dodici"),
      "nl", words("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
      "pt", words("zero", "", "dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze"));

  /**
   * Ordinals from first to twelfth, as news writes "the 3rd round" "die dritte Runde" and "le
   * 1er tour" "the first round". Inflected forms are listed where the ending is not a plain
   * letter or two after a stem (German's are stems: "dritt" takes -e, -er, -en, -es, -em). Left
   * out where the word means something else as often: English "second" (of a minute), Spanish
   * and Portuguese "segundo" and "cuarto"/"quarto" (a room), Italian "secondo" (according to) and
   * "prima" (before), Portuguese "quinta" and "sexta" (Thursday, Friday). "First" before "minister"
   * is a title, not a number: see {@link #TITLES}.
   */
  private static final Map<String, Map<String, Integer>> ORDINALS = Map.of(
      "en", words("", "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth"),
      "fr", words("", "premier|première|premiers|premières", "deuxième|deuxièmes", "troisième|troisièmes", "quatrième",
          "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième"),
      "es", words("", "primero|primera|primer|primeros|primeras", "", "tercero|tercera|tercer|terceros|terceras", "",
          "quinto|quinta", "sexto|sexta", "séptimo|séptima", "octavo|octava", "noveno|novena", "décimo|décima",
          "undécimo|undécima", "duodécimo|duodécima"),
      "it", words("", "primo|primi", "", "terzo|terza|terzi|terze", "", "quinto|quinta", "sesto|sesta",
          "settimo|settima", "ottavo|ottava", "nono|nona", "decimo|decima", "undicesimo|undicesima", "dodicesimo|dodicesima"),
      "nl", words("", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
          "elfde", "twaalfde"),
      "pt", words("", "primeiro|primeira|primeiros|primeiras", "", "terceiro|terceira|terceiros|terceiras", "",
          "quinto", "sexto", "sétimo|sétima", "oitavo|oitava", "nono|nona", "décimo|décima"));

  /**
   * Month names and their usual abbreviations, January to December: a date written "November 28,
   * 2026" or "3 de diciembre" is the "28.11.2026" or "3/12" of the other text. A month counts only
   * next to a figure (within a few characters), so "may" the verb and "Mars" the planet do not.
   */
  private static final Map<String, Map<String, Integer>> MONTHS = Map.of(
      "en", months("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug",
          "september|sep|sept", "october|oct", "november|nov", "december|dec"),
      "de", months("januar|jänner|jan", "februar|feb", "märz|mär", "april|apr", "mai", "juni|jun", "juli|jul", "august|aug",
          "september|sep|sept", "oktober|okt", "november|nov", "dezember|dez"),
      "fr", months("janvier|janv", "février|févr|fév", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août",
          "septembre|sept", "octobre|oct", "novembre|nov", "décembre|déc"),
      "es", months("enero|ene", "febrero|feb", "marzo", "abril|abr", "mayo", "junio|jun", "julio|jul", "agosto|ago",
          "septiembre|setiembre|sept", "octubre|oct", "noviembre|nov", "diciembre|dic"),
      "it", months("gennaio|gen", "febbraio|feb", "marzo", "aprile|apr", "maggio|mag", "giugno|giu", "luglio|lug",
          "agosto|ago", "settembre|sett", "ottobre|ott", "novembre|nov", "dicembre|dic"),
      "nl", months("januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun", "juli|jul", "augustus|aug",
          "september|sep|sept", "oktober|okt", "november|nov", "december|dec"),
      "pt", months("janeiro|jan", "fevereiro|fev", "março", "abril|abr", "maio", "junho|jun", "julho|jul", "agosto|ago",
          "setembro|set", "outubro|out", "novembro|nov", "dezembro|dez"),
      // Nominative, genitive ("28 ноября") and locative ("в ноябре 2026").
      "ru", months("январь|января|январе|янв", "февраль|февраля|феврале|фев", "март|марта|марте|мар",
          "апрель|апреля|апреле|апр", "май|мая|мае", "июнь|июня|июне|июн", "июль|июля|июле|июл",
          "август|августа|августе|авг", "сентябрь|сентября|сентябре|сен|сент", "октябрь|октября|октябре|окт",
          "ноябрь|ноября|ноябре|ноя", "декабрь|декабря|декабре|дек"),
      "uk", months("січень|січня|січні", "лютий|лютого|лютому", "березень|березня|березні", "квітень|квітня|квітні",
          "травень|травня|травні", "червень|червня|червні", "липень|липня|липні", "серпень|серпня|серпні",
          "вересень|вересня|вересні", "жовтень|жовтня|жовтні", "листопад|листопада|листопаді", "грудень|грудня|грудні"),
      "pl", months("styczeń|stycznia|styczniu|sty", "luty|lutego|lutym", "marzec|marca|marcu", "kwiecień|kwietnia|kwietniu",
          "maj|maja|maju", "czerwiec|czerwca|czerwcu", "lipiec|lipca|lipcu", "sierpień|sierpnia|sierpniu",
          "wrzesień|września|wrześniu", "październik|października|październiku", "listopad|listopada|listopadzie",
          "grudzień|grudnia|grudniu"));

  /** Languages that write a month in figures with a sign for "month" ("11月", "11월"): they name it as a number. */
  private static final java.util.Set<String> MONTHS_IN_FIGURES = java.util.Set.of("zh", "ja", "ko");

  private static Map<String, Integer> months(String... byMonth) {
    Map<String, Integer> months = new HashMap<>();
    for (int month = 0; month < byMonth.length; month++) {
      for (String word : byMonth[month].split("\\|")) months.put(word, month + 1);
    }
    return Map.copyOf(months);
  }

  /**
   * Whether a language has month names here or writes its months in figures ("11月"): then a month
   * named next to a figure can be held against the other text's month.
   */
  static boolean hasMonths(Language language) {
    return MONTHS.containsKey(language.primary()) || MONTHS_IN_FIGURES.contains(language.primary());
  }

  /** The months a text names next to a figure, by number ("November 28" has "11"); empty for languages not listed. */
  static Map<String, Integer> months(String plain, Language language) {
    Map<String, Integer> counts = new HashMap<>();
    for (Numbers.Number month : monthNumbers(plain, language)) counts.merge(month.key(), 1, Integer::sum);
    return counts;
  }

  /**
   * The months a text names next to a figure as numbers, written as named and keyed by their
   * number ("November" is "11"). English names count only with a capital: "may" is a verb.
   */
  static java.util.List<Numbers.Number> monthNumbers(String plain, Language language) {
    Map<String, Integer> names = MONTHS.get(language.primary());
    java.util.List<Numbers.Number> months = new java.util.ArrayList<>(0);
    if (names == null || !hasDigit(plain)) return months;
    boolean capital = language.primary().equals("en");
    int n = plain.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(plain.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(plain.charAt(i))) i++;
      // Cheap tests first: this runs on every unit, and most words are no month next to a figure.
      if (i - start > LONGEST_MONTH || capital && !Character.isUpperCase(plain.charAt(start)) || !nextToAFigure(plain, start, i)) continue;
      Integer month = names.get(plain.substring(start, i).toLowerCase(Locale.ROOT));
      if (month == null) continue;
      months.add(new Numbers.Number(plain.substring(start, i), Integer.toString(month)));
    }
    return months;
  }

  /** Whether the text has a figure at all: a month counts only next to one. */
  private static boolean hasDigit(String plain) {
    for (int i = 0; i < plain.length(); i++) if (Character.isDigit(plain.charAt(i))) return true;
    return false;
  }

  /** The longest month name listed ("setiembre", "października"). */
  private static final int LONGEST_MONTH = MONTHS.values().stream().flatMap(m -> m.keySet().stream())
      .mapToInt(String::length).max().orElse(0);

  /**
   * Whether a day or a year stands within a few characters before {@code start} or after {@code
   * end} ("1.º de mayo", "November 28", "mei 2026"): one or two figures or four, not a decimal or a
   * percentage ("in mei 2,7 procent" names no date).
   */
  private static boolean nextToAFigure(String plain, int start, int end) {
    for (int i = Math.max(0, start - 8); i < start; i++) if (dayOrYearAt(plain, i)) return true;
    for (int i = end; i < Math.min(plain.length(), end + 5); i++) if (dayOrYearAt(plain, i)) return true;
    return false;
  }

  /** Whether the figures around {@code at} are a day or a year. */
  private static boolean dayOrYearAt(String plain, int at) {
    if (!Character.isDigit(plain.charAt(at))) return false;
    int from = at;
    while (from > 0 && Character.isDigit(plain.charAt(from - 1))) from--;
    int to = at;
    while (to < plain.length() && Character.isDigit(plain.charAt(to))) to++;
    int figures = to - from;
    if (figures > 2 && figures != 4) return false;
    if (to < plain.length() && plain.charAt(to) == '%') return false;
    boolean decimalAfter = to + 1 < plain.length() && (plain.charAt(to) == '.' || plain.charAt(to) == ',')
        && Character.isDigit(plain.charAt(to + 1));
    boolean decimalBefore = from >= 2 && (plain.charAt(from - 1) == '.' || plain.charAt(from - 1) == ',')
        && Character.isDigit(plain.charAt(from - 2));
    // A date in figures "24.11.2026" has its own month: only its year's figures count as a year.
    return !decimalAfter && !decimalBefore || figures == 4;
  }

  /** Words after which an ordinal is part of a title ("Premier ministre", "primer ministro", "First Lady"). */
  private static final java.util.Set<String> TITLES = java.util.Set.of("minister", "ministre", "ministro", "lady",
      "ministra", "ministerin", "bürgermeister", "bürgermeisterin", "secretary", "secrétaire", "secretario", "segretario");

  /** German ordinal stems, first to twelfth: "dritt" in "dritte", "dritten", "drittgrößte". */
  private static final Map<String, Integer> GERMAN_ORDINAL_STEMS = words("", "erst", "zweit", "dritt", "viert", "fünft",
      "sechst", "siebt|siebent", "acht", "neunt", "zehnt", "elft", "zwölft");

  /** Endings of a German ordinal after its stem. */
  private static final java.util.Set<String> GERMAN_ORDINAL_ENDINGS = java.util.Set.of("e", "er", "en", "es", "em");

  /**
   * German and Dutch write a number into a compound: "zehnjährig" (10-year), "dreimal" (3 times),
   * "fünftägig", "zweitgrößte" (2nd-largest), "tienjarig", "driemaal". A word counts when it is a
   * number word (or a German ordinal stem) followed by one of these parts, so "Achtung" and
   * "Zweig" are no numbers.
   */
  private static final Map<String, java.util.List<String>> COMPOUND_PARTS = Map.of(
      "de", java.util.List.of("jährig", "jähr", "jahres", "tägig", "tages", "wöchig", "wochen", "monatig", "monats",
          "stündig", "stunden", "minütig", "minuten", "mal", "fach", "köpfig", "teilig", "stellig", "stöckig", "sitzig",
          "spurig", "sprachig", "seitig", "prozentig", "punkte", "zimmer", "türig", "größt", "best", "höchst", "stärkst",
          "wichtigst", "ältest", "reichst", "längst", "häufigst", "klassig", "ligist", "platziert"),
      "nl", java.util.List.of("jarig", "daags", "maal", "voudig", "delig", "koppig", "talig", "jaars", "grootste",
          "beste", "hoogste"));

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

  /** The value of an ordinal ("dritte", "troisième") or a number compound ("zehnjährig"); -1 for any other word. */
  private static int ordinalOrCompound(String word, String language, Map<String, Integer> cardinals) {
    Integer ordinal = ORDINALS.getOrDefault(language, Map.of()).get(word);
    if (ordinal != null) return ordinal;
    if (language.equals("de")) {
      int stem = germanOrdinal(word);
      if (stem >= 0) return stem;
    }
    java.util.List<String> parts = COMPOUND_PARTS.get(language);
    if (parts == null) return -1;
    for (int cut = 3; cut < word.length() - 2; cut++) {
      String head = word.substring(0, cut);
      Integer value = cardinals.get(head);
      if (value == null && language.equals("de")) value = GERMAN_ORDINAL_STEMS.get(head);
      if (value == null) continue;
      for (String part : parts) if (word.startsWith(part, cut)) return value;
    }
    return -1;
  }

  /** The word after a space or hyphen from {@code at}, in lower case; "" when none follows. */
  private static String nextWord(String plain, int at) {
    int start = at;
    while (start < plain.length() && (Character.isWhitespace(plain.charAt(start)) || plain.charAt(start) == '-')) start++;
    if (start == at) return "";
    int end = start;
    while (end < plain.length() && Character.isLetter(plain.charAt(end))) end++;
    return plain.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** The value of a German ordinal: a stem and one of its endings ("dritten"); -1 for none. */
  private static int germanOrdinal(String word) {
    for (int ending = 1; ending <= 2 && ending < word.length(); ending++) {
      Integer value = GERMAN_ORDINAL_STEMS.get(word.substring(0, word.length() - ending));
      if (value != null && GERMAN_ORDINAL_ENDINGS.contains(word.substring(word.length() - ending))) return value;
    }
    return -1;
  }

  /** The longest number word or "one before a scale word" listed ("quattro", "sechzehn"…). */
  private static final int LONGEST_WORD = java.util.stream.Stream.concat(
      WORDS.values().stream().flatMap(m -> m.keySet().stream()), ONE_BEFORE_SCALE.values().stream().flatMap(java.util.Set::stream))
      .mapToInt(String::length).max().orElse(0);

  /** Whether a language has number words here. */
  static boolean hasWords(Language language) {
    return WORDS.containsKey(language.primary());
  }

  /** Words that say two without being a numeral ("both", "beide"): no number of their own, but one for a "two". */
  private static final Map<String, java.util.Set<String>> BOTH = Map.of(
      "en", java.util.Set.of("both"),
      "de", java.util.Set.of("beide", "beiden", "beider", "beidem", "beides"),
      "es", java.util.Set.of("ambos", "ambas"),
      "it", java.util.Set.of("entrambi", "entrambe", "ambedue", "ambo"),
      "nl", java.util.Set.of("beide", "beiden"),
      "pt", java.util.Set.of("ambos", "ambas"));

  /** How often a text says "both" ({@link #BOTH}). */
  static int both(String plain, Language language) {
    java.util.Set<String> words = BOTH.getOrDefault(language.primary(), java.util.Set.of());
    int count = 0;
    for (String word : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (words.contains(word)) count++;
    return count;
  }

  /**
   * The numerals of a text from two up (with a scale word after them, from one up: "eine Million"),
   * written as found and keyed by value: the words a translation must keep. Ordinals, compounds,
   * "twice" and a bare "one" are left out, as idioms often write them otherwise ("for the first
   * time", "doppelt so viel", "one of them").
   */
  static java.util.List<Numbers.Number> numerals(String plain, Language language, ScaleWords scales) {
    java.util.List<Numbers.Number> numerals = new java.util.ArrayList<>(0);
    count(plain, language, scales, numerals);
    return numerals;
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
    return count(plain, language, scales, null);
  }

  /** The counts of {@link #in}; with {@code numerals}, also collects the text's {@link #numerals}. */
  private static Map<String, Integer> count(String plain, Language language, ScaleWords scales,
      java.util.List<Numbers.Number> numerals) {
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
      // Numerals alone (on every unit) are short words: a longer one is no numeral, and no substring is made for it.
      if (numerals != null && i - start > LONGEST_WORD) continue;
      String word = plain.substring(start, i).toLowerCase(Locale.ROOT);
      Integer value = words.get(word);
      boolean one = value == null && ones.contains(word);
      if (value == null && !one) {
        if (numerals != null) continue;
        // An ordinal or a compound takes no scale word after it ("die dritte Million" is rare and no figure).
        int other = ordinalOrCompound(word, language.primary(), words);
        if (other >= 0 && !TITLES.contains(nextWord(plain, i))) counts.merge(Integer.toString(other), 1, Integer::sum);
        continue;
      }
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
        String key = (one ? "1" : Integer.toString(value)) + "0".repeat(exponent);
        counts.merge(key, 1, Integer::sum);
        if (numerals != null) numerals.add(new Numbers.Number(plain.substring(start, i), key));
      } else if (!one) {
        counts.merge(Integer.toString(value), 1, Integer::sum);
        if (numerals != null && value >= 2 && !word.equals("twice")) {
          numerals.add(new Numbers.Number(plain.substring(start, i), Integer.toString(value)));
        }
      }
    }
    return counts;
  }
}
