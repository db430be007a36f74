package org.transdesk.glossary;

import java.util.Arrays;
import org.transdesk.Scripts;

/**
 * A text cut into word tokens (maximal runs of letters, digits and combining marks) with the
 * separators between them. Apostrophes and hyphens separate tokens, so "Biden’s" is "Biden" + "s"
 * and "Kim-Jong-Un-Regime" is four tokens; separators are kept in a normalized form (whitespace
 * runs as one space, every apostrophe as {@code '}, every hyphen as {@code -}) so a match can
 * require the separators of an approved spelling.
 *
 * <p>Invisible characters that editors, web pages and Word leave inside words are not text: a soft
 * hyphen (U+00AD), word joiner (U+2060) or stray byte order mark (U+FEFF) between two word
 * characters does not end the token, and is left out of its keys; in a separator they are
 * ignored. Zero-width space (U+200B), non-joiner (U+200C) and joiner (U+200D) are ignored that way
 * only between letters of Latin, Greek or Cyrillic script, where they have no meaning: in Thai,
 * Khmer or Lao a zero-width space marks where a word ends, in Persian a non-joiner is part of the
 * spelling, in Indic scripts and emoji a joiner changes what is shown, so there they keep
 * separating tokens as before. Arabic tatweel and harakat are left out of the keys the same way
 * ({@link #isOptionalArabic}). Token positions stay those of the text as written.
 *
 * <p>Chinese, Japanese, Thai, Lao, Khmer and Burmese are written without spaces between words, so
 * a run of their letters is a clause, not a word: there each character (with the combining marks
 * after it) is a token of its own, and a term is found as a sequence of characters inside the
 * clause ("习近平" in "国家主席习近平发表讲话").
 */
final class Tokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  /** The table words are looked up in (see {@link Word}), or null to work each one out afresh. */
  private final Word.Table table;
  /** Which tokens hold invisible characters or optional Arabic marks to leave out of their words; null when none does. */
  private final boolean[] hidden;
  /** Whether some token is a character of a script written without spaces. */
  private final boolean spaceless;
  private Word[] words;

  private Tokens(String text, int[] starts, int[] ends, int size, Word.Table table, boolean[] hidden, boolean spaceless) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
    this.table = table;
    this.hidden = hidden;
    this.spaceless = spaceless;
  }

  /** A text whose words are worked out afresh (a glossary's spelling). */
  static Tokens of(String text) {
    return of(text, null);
  }

  /**
   * A text of the stemmer's language (a segment) whose words are looked up in this thread's table
   * of the words met before.
   */
  static Tokens of(String text, Stemmer stemmer) {
    // Room for a token every five characters, news text's average with its separator: most texts
    // fit without the arrays growing (growing them from 8 was 7% of what lint allocates).
    int capacity = text.length() / 5 + 8;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] hidden = null;
    boolean spaceless = false;
    int size = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      boolean invisible = false;
      if (isSpaceless(c)) {
        i = afterMarks(text, i + Character.charCount(c));
        spaceless = true;
      } else {
        while (i < length) {
          c = text.codePointAt(i);
          if (!isWordChar(c)) {
            int after = isInvisible(c) ? afterInvisible(text, i) : -1;
            if (after < 0) break;
            invisible = true;
            i = after;
            continue;
          }
          if (isSpaceless(c)) break;
          if (c >= '\u0640' && c <= '\u0670' && isOptionalArabic(c)) invisible = true;
          i += Character.charCount(c);
        }
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        if (hidden != null) hidden = Arrays.copyOf(hidden, size * 2);
      }
      if (invisible) {
        if (hidden == null) hidden = new boolean[starts.length];
        hidden[size] = true;
      }
      starts[size] = start;
      ends[size] = i;
      size++;
    }
    return new Tokens(text, starts, ends, size, stemmer == null ? null : stemmer.words(), hidden, spaceless);
  }

  /** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte order mark. */
  static boolean isInvisible(int c) {
    return c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  /**
   * Arabic tatweel (U+0640), which only stretches a line, and the harakat (U+064B–U+065F, U+0670),
   * the vowel signs, shadda and sukun that most text leaves out: "خامنـئي" and "خامنئيّ" are
   * "خامنئي".
   */
  static boolean isOptionalArabic(int c) {
    return c == '\u0640' || c >= '\u064B' && c <= '\u065F' || c == '\u0670';
  }

  /**
   * Where the word goes on when the invisible characters at {@code i} (inside a word) are left
   * out, or -1 when they end the word: nothing of a word follows, or a zero-width space or
   * (non-)joiner stands where it may mean something (see the class comment).
   */
  private static int afterInvisible(String text, int i) {
    boolean meaningful = false;
    int j = i;
    while (j < text.length() && isInvisible(text.charAt(j))) {
      meaningful |= text.charAt(j) >= '\u200B' && text.charAt(j) <= '\u200D';
      j++;
    }
    if (j == text.length() || !isWordChar(text.codePointAt(j)) || isSpaceless(text.codePointAt(j))) return -1;
    if (meaningful && !(isPlainScript(text.codePointBefore(i)) && isPlainScript(text.codePointAt(j)))) return -1;
    return j;
  }

  /**
   * The text without the invisible characters matching ignores (see the class comment): for a
   * glossary's cells, so that messages suggest spellings without them and equal spellings merge.
   */
  static String withoutInvisible(String text) {
    StringBuilder visible = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c) && isIgnorable(text, i)) {
        if (visible == null) visible = new StringBuilder(text.length()).append(text, 0, i);
        continue;
      }
      if (visible != null) visible.append(c);
    }
    return visible == null ? text : visible.toString();
  }

  /** Whether the invisible character at {@code i} means nothing: see the class comment. */
  private static boolean isIgnorable(String text, int i) {
    char c = text.charAt(i);
    if (c < '\u200B' || c > '\u200D') return true;
    int before = i;
    while (before > 0 && isInvisible(text.charAt(before - 1))) before--;
    int after = i + 1;
    while (after < text.length() && isInvisible(text.charAt(after))) after++;
    if (before == 0 || after == text.length()) return true;
    int previous = text.codePointBefore(before);
    int next = text.codePointAt(after);
    if (!isWordChar(previous) || !isWordChar(next)) return true;
    return isPlainScript(previous) && isPlainScript(next);
  }

  /** A letter of a script where zero-width spaces and (non-)joiners carry no meaning. */
  private static boolean isPlainScript(int c) {
    if (c < 0x80) return true;
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  /** A letter of a script written without spaces between words (see the class comment and {@link Scripts}). */
  static boolean isSpaceless(int c) {
    return Scripts.isSpaceless(c);
  }

  /** Where the combining marks (Thai vowel signs, Japanese voicing marks) from {@code i} end. */
  private static int afterMarks(String text, int i) {
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isMark(c)) break;
      i += Character.charCount(c);
    }
    return i;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** True when the text holds at least one token. */
  static boolean hasWordChar(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isWordChar(c)) return true;
      i += Character.charCount(c);
    }
    return false;
  }

  static boolean isWordChar(int c) {
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  /** Whether some token is a character of a script written without spaces (see the class comment). */
  boolean spaceless() {
    return spaceless;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  private Word word(int token) {
    if (words == null) words = new Word[size];
    Word word = words[token];
    if (word == null) {
      if (hidden != null && hidden[token]) {
        String visible = visible(starts[token], ends[token]);
        word = table != null ? table.word(visible, 0, visible.length()) : Word.of(visible);
      } else {
        word = table != null ? table.word(text, starts[token], ends[token]) : Word.of(text.substring(starts[token], ends[token]));
      }
      words[token] = word;
    }
    return word;
  }

  /** The token as written, in Unicode NFC. */
  String exact(int token) {
    return word(token).exact();
  }

  /** The token in the stemmer's language's lower case, independent of the JVM's default locale. */
  String lower(int token, Stemmer stemmer) {
    return word(token).lower(stemmer);
  }

  /** The Snowball stem of the lower-case token. */
  String stem(int token, Stemmer stemmer) {
    return word(token).stem(stemmer);
  }

  /** The token's key for a match mode: as written, in lower case, or its stem. */
  String key(int token, MatchMode mode, Stemmer stemmer) {
    return word(token).key(mode, stemmer);
  }

  /**
   * The key of the token without its final "s" (for the genitive of a name: "Bidens", "Biden’s"
   * is "Biden" + "s"), or null when it has none.
   */
  String keyWithout(int token, Word.Ending ending, MatchMode mode, Stemmer stemmer) {
    return word(token).keyWithout(ending, mode, stemmer);
  }

  /**
   * Whether the token may be capitalised for starting a sentence: it is the text's first, or a full
   * stop, question or exclamation mark, colon, quotation mark or opening bracket stands before it
   * (an apostrophe joins words: "d'Obama").
   */
  boolean startsSentence(int token) {
    if (token == 0) return true;
    for (int i = ends[token - 1]; i < starts[token]; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '\u02BC') continue;
      if (".!?:\u2026\"\u3002\uFF01\uFF1F\uFF1A".indexOf(c) >= 0) return true;
      int type = Character.getType(c);
      if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION) return true;
    }
    return false;
  }

  /**
   * The token's exact key with its first letter in lower case, when it starts a sentence with a
   * capital ("Von" of "Von der Leyen sagte"); else null.
   */
  String uncapitalized(int token) {
    int written = text.codePointAt(starts[token]);
    if (!(Character.isUpperCase(written) || Character.isTitleCase(written)) || !startsSentence(token)) return null;
    String exact = exact(token);
    int first = exact.codePointAt(0);
    return new StringBuilder(exact.length()).appendCodePoint(Character.toLowerCase(first))
        .append(exact, Character.charCount(first), exact.length()).toString();
  }

  /** The normalized separator between token - 1 and token (for token 0: the text before it). */
  String gapBefore(int token) {
    return gap(token == 0 ? 0 : ends[token - 1], starts[token]);
  }

  /** The normalized separator after a token (for the last one: the text after it). */
  String gapAfter(int token) {
    return gap(ends[token], token + 1 < size ? starts[token + 1] : text.length());
  }

  /** The text of [from, to) without its invisible characters and optional Arabic marks. */
  private String visible(int from, int to) {
    StringBuilder visible = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isInvisible(c) && !isOptionalArabic(c)) visible.append(c);
    }
    return visible.toString();
  }

  private String gap(int from, int to) {
    if (to - from == 1 && !isInvisible(text.charAt(from))) {
      char c = normalizeSeparator(text.charAt(from));
      return c == ' ' ? " " : c == '-' ? "-" : c == '\'' ? "'" : String.valueOf(c);
    }
    StringBuilder gap = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (isInvisible(text.charAt(i))) continue;
      char c = normalizeSeparator(text.charAt(i));
      if (c == ' ' && gap.length() > 0 && gap.charAt(gap.length() - 1) == ' ') continue;
      gap.append(c);
    }
    return gap.toString();
  }

  static char normalizeSeparator(char c) {
    switch (c) {
      case '\'': case '\u2019': case '\u02BC': case '\u2018':
        return '\'';
      case '-': case '\u2010': case '\u2011':
        return '-';
      // The dot between the parts of a foreign name in Chinese and Japanese ("弗拉基米尔·普京"),
      // typed in whichever form the input method gives.
      case '\u30FB': case '\uFF65': case '\u2027': case '\u2022':
        return '\u00B7';
      default:
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    }
  }
}
