package org.transdesk.glossary;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into word tokens (maximal runs of letters, digits and combining marks) with the
 * separators between them. Apostrophes and hyphens separate tokens, so "Biden’s" is "Biden" + "s"
 * and "Kim-Jong-Un-Regime" is four tokens; separators are kept in a normalized form (whitespace
 * runs as one space, every apostrophe as {@code '}, every hyphen as {@code -}) so a match can
 * require the separators of an approved spelling.
 */
final class Tokens {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int size;
  private String[] exact;
  private String[] lower;
  private String[] stems;
  /** {@link #keyWithoutS} by match mode and token; "" for a token without a final "s". */
  private String[][] withoutS;

  private Tokens(String text, int[] starts, int[] ends, int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  static Tokens of(String text) {
    int[] starts = new int[8];
    int[] ends = new int[8];
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
      while (i < length) {
        c = text.codePointAt(i);
        if (!isWordChar(c)) break;
        i += Character.charCount(c);
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size] = i;
      size++;
    }
    return new Tokens(text, starts, ends, size);
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
    if (Character.isLetterOrDigit(c)) return true;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int token) {
    return starts[token];
  }

  int end(int token) {
    return ends[token];
  }

  /** The token as written, in Unicode NFC. */
  String exact(int token) {
    if (exact == null) exact = new String[size];
    String value = exact[token];
    if (value == null) {
      value = text.substring(starts[token], ends[token]);
      if (!isSurelyNfc(value) && !Normalizer.isNormalized(value, Normalizer.Form.NFC)) value = Normalizer.normalize(value, Normalizer.Form.NFC);
      exact[token] = value;
    }
    return value;
  }

  /** Text below U+0300 (no combining marks, no Hangul or other composing scripts) is always NFC. */
  private static boolean isSurelyNfc(String value) {
    for (int i = 0; i < value.length(); i++) if (value.charAt(i) >= '\u0300') return false;
    return true;
  }

  /** The token in lower case, independent of the JVM's default locale. */
  String lower(int token) {
    if (lower == null) lower = new String[size];
    String value = lower[token];
    if (value == null) {
      value = exact(token).toLowerCase(Locale.ROOT);
      lower[token] = value;
    }
    return value;
  }

  /** The Snowball stem of the lower-case token. */
  String stem(int token, Stemmer stemmer) {
    if (stems == null) stems = new String[size];
    String value = stems[token];
    if (value == null) {
      value = stemmer.stem(lower(token));
      stems[token] = value;
    }
    return value;
  }

  /** The token's key for a match mode: as written, in lower case, or its stem. */
  String key(int token, MatchMode mode, Stemmer stemmer) {
    return switch (mode) {
      case EXACT -> exact(token);
      case IGNORE_CASE -> lower(token);
      case INFLECTED -> stem(token, stemmer);
    };
  }

  /**
   * The key of the token without its final "s" (for the genitive of a name: "Bidens", "Biden’s"
   * is "Biden" + "s"), or null when it has none.
   */
  String keyWithoutS(int token, MatchMode mode, Stemmer stemmer) {
    if (withoutS == null) withoutS = new String[MatchMode.values().length][];
    String[] byToken = withoutS[mode.ordinal()];
    if (byToken == null) byToken = withoutS[mode.ordinal()] = new String[size];
    String value = byToken[token];
    if (value == null) {
      String exact = exact(token);
      if (exact.length() < 2 || exact.charAt(exact.length() - 1) != 's') {
        value = "";
      } else {
        String bare = exact.substring(0, exact.length() - 1);
        value = switch (mode) {
          case EXACT -> bare;
          case IGNORE_CASE -> bare.toLowerCase(Locale.ROOT);
          case INFLECTED -> stemmer.stem(bare.toLowerCase(Locale.ROOT));
        };
      }
      byToken[token] = value;
    }
    return value.isEmpty() ? null : value;
  }

  /** The normalized separator between token - 1 and token (for token 0: the text before it). */
  String gapBefore(int token) {
    return gap(token == 0 ? 0 : ends[token - 1], starts[token]);
  }

  /** The normalized separator after a token (for the last one: the text after it). */
  String gapAfter(int token) {
    return gap(ends[token], token + 1 < size ? starts[token + 1] : text.length());
  }

  private String gap(int from, int to) {
    if (to - from == 1) {
      char c = normalizeSeparator(text.charAt(from));
      return c == ' ' ? " " : c == '-' ? "-" : c == '\'' ? "'" : String.valueOf(c);
    }
    StringBuilder gap = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
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
      default:
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    }
  }
}
