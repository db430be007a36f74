package org.transdesk.glossary;

import java.util.Set;

/**
 * One spelling of an entry (a source form, an approved or forbidden rendering), cut into tokens
 * and keyed for its match mode, and the rule deciding where it matches in a text.
 */
final class Form {
  /** Languages where a name takes a bare or apostrophe genitive "s" ("Joe Bidens", "Biden’s"). */
  private static final Set<String> POSSESSIVE_S = Set.of("en", "de", "nl", "da", "sv", "no", "nb", "nn");

  /**
   * Languages where a place name makes an invariable adjective with "er" ("die Moskauer Gespräche",
   * "ein New Yorker Gericht"): the name is there, in its approved spelling.
   */
  private static final Set<String> PLACE_ADJECTIVE_ER = Set.of("de");

  /** Separators a lenient (ignore-case, inflected) match accepts between tokens, besides the form's own. */
  private static final Set<String> JOINERS = Set.of(" ", "-", "'");

  final String text;
  final String[] keys;
  final String[] gaps;
  final MatchMode mode;
  final boolean possessive;
  final boolean adjective;
  /** The letters a target language writes onto an entry's first word ("بالقاهرة", "בטהראן"), or null. */
  final Proclitics proclitics;
  /**
   * For an exact form starting in lower case ("von der Leyen", "de Gaulle"), its first key
   * capitalised as at the start of a sentence ("Von der Leyen sagte"); else null.
   */
  final String capitalized;

  private Form(String text, String[] keys, String[] gaps, MatchMode mode, boolean possessive, boolean adjective, Proclitics proclitics) {
    this.text = text;
    this.keys = keys;
    this.gaps = gaps;
    this.mode = mode;
    this.possessive = possessive;
    this.adjective = adjective;
    this.proclitics = proclitics;
    this.capitalized = mode == MatchMode.EXACT && keys.length > 0 ? capitalized(keys[0]) : null;
  }

  private static String capitalized(String key) {
    int first = key.codePointAt(0);
    if (!Character.isLowerCase(first)) return null;
    return new StringBuilder(key.length()).appendCodePoint(Character.toTitleCase(first))
        .append(key, Character.charCount(first), key.length()).toString();
  }

  /**
   * @param target whether the form is a rendering looked for in target texts (where a place name's
   *     adjective counts as the name) rather than a source form
   */
  static Form of(String text, MatchMode mode, EntryType type, String languagePrimary, Stemmer stemmer, boolean target) {
    Tokens tokens = Tokens.of(text);
    int size = tokens.size();
    String[] keys = new String[size];
    String[] gaps = new String[Math.max(0, size - 1)];
    for (int i = 0; i < size; i++) {
      keys[i] = tokens.key(i, mode, stemmer);
      if (i > 0) gaps[i - 1] = tokens.gapBefore(i);
    }
    boolean name = type == EntryType.NAME;
    return new Form(text, keys, gaps, mode, name && POSSESSIVE_S.contains(languagePrimary),
        target && name && PLACE_ADJECTIVE_ER.contains(languagePrimary), target ? Proclitics.of(languagePrimary) : null);
  }

  /**
   * The endings a name may take in target texts of the language, as {@link #endAt} accepts them on
   * its last token: the genitive "s" ("Bidens"), the German place adjective's "er" ("Moskauer").
   */
  static Word.Ending[] nameEndings(String languagePrimary) {
    boolean possessive = POSSESSIVE_S.contains(languagePrimary);
    boolean adjective = PLACE_ADJECTIVE_ER.contains(languagePrimary);
    if (possessive && adjective) return new Word.Ending[] {Word.Ending.S, Word.Ending.ER};
    if (possessive) return new Word.Ending[] {Word.Ending.S};
    return adjective ? new Word.Ending[] {Word.Ending.ER} : new Word.Ending[0];
  }

  int size() {
    return keys.length;
  }

  /**
   * Where this form ends (exclusive token index) when it starts at token {@code first} of the
   * text, or -1 when it does not match there.
   */
  int endAt(Tokens tokens, int first, Stemmer stemmer) {
    int size = keys.length;
    if (first + size > tokens.size()) return -1;
    boolean compound = false;
    for (int k = 0; k < size; k++) {
      int token = first + k;
      if (k > 0) {
        String gap = tokens.gapBefore(token);
        String expected = gaps[k - 1];
        if (!gap.equals(expected)) {
          if (mode != MatchMode.EXACT) {
            if (!JOINERS.contains(gap)) return -1;
          } else if (gap.equals("-") && expected.equals(" ")) {
            compound = true;
          } else {
            return -1;
          }
        }
      }
      if (tokens.key(token, mode, stemmer).equals(keys[k])) continue;
      if (k == 0 && capitalized != null && capitalized.equals(tokens.key(token, mode, stemmer)) && tokens.startsSentence(token)) continue;
      if (k == size - 1 && possessive && keys[k].equals(tokens.keyWithout(token, Word.Ending.S, mode, stemmer))) continue;
      if (k == size - 1 && adjective && keys[k].equals(tokens.keyWithout(token, Word.Ending.ER, mode, stemmer))) continue;
      if (k == 0 && proclitics != null && proclitics.hides(tokens.exact(token), rest -> keyOf(rest, stemmer).equals(keys[0]))) continue;
      return -1;
    }
    int last = first + size - 1;
    if (compound && !isCompound(tokens, first, last)) return -1;
    return last + 1;
  }

  private String keyOf(String word, Stemmer stemmer) {
    return switch (mode) {
      case EXACT -> word;
      case IGNORE_CASE -> stemmer.fold(word);
      case INFLECTED -> stemmer.stem(stemmer.fold(word));
    };
  }

  /**
   * German-style compound: a spaced name written with hyphens throughout is right only as part of
   * a hyphenated compound ("Kim-Jong-Un-Regime"), so every gap is a hyphen and a hyphen joins it
   * to a word before or after.
   */
  private static boolean isCompound(Tokens tokens, int first, int last) {
    for (int token = first + 1; token <= last; token++) if (!tokens.gapBefore(token).equals("-")) return false;
    boolean before = first > 0 && tokens.gapBefore(first).equals("-");
    boolean after = last + 1 < tokens.size() && tokens.gapAfter(last).equals("-");
    return before || after;
  }
}
