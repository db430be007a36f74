package org.transdesk.imports;

import java.text.Normalizer;

/** Helpers for texts in the neutral inline form (CONTRACT.md): comparing them as the desk does. */
final class Neutral {
  private Neutral() {}

  /** NFC, runs of white space collapsed to one space, trimmed: the form fingerprints are taken of. */
  static String normalize(String text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) out.append(' ');
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The neutral text in NFC, its inline codes untouched: a mark right after a tag's "&gt;" would
   * otherwise compose with it (">" + U+0338 is "≯").
   */
  static String nfc(String neutral) {
    if (neutral == null || Normalizer.isNormalized(neutral, Normalizer.Form.NFC)) return neutral;
    StringBuilder out = new StringBuilder(neutral.length());
    int i = 0;
    while (i < neutral.length()) {
      int tag = neutral.indexOf('<', i);
      int textEnd = tag < 0 ? neutral.length() : tag;
      out.append(Normalizer.normalize(neutral.substring(i, textEnd), Normalizer.Form.NFC));
      if (tag < 0) break;
      int end = neutral.indexOf('>', tag);
      int tagEnd = end < 0 ? neutral.length() : end + 1;
      out.append(neutral, tag, tagEnd);
      i = tagEnd;
    }
    return out.toString();
  }

  /** True when {@code normalize(a).equals(normalize(b))}, without building either in the common case. */
  static boolean same(String a, String b) {
    if (a.equals(b)) return true;
    Cursor x = new Cursor(a);
    Cursor y = new Cursor(b);
    while (true) {
      int c = x.next();
      int d = y.next();
      if (c == Cursor.UNSURE || d == Cursor.UNSURE) return normalize(a).equals(normalize(b));
      if (c != d) return false;
      if (c == Cursor.END) return true;
    }
  }

  /** Walks a text as {@link #normalize} would write it: trimmed, one space per run of white space. */
  private static final class Cursor {
    static final int END = -1;
    /**
     * A character at or above U+0300 (combining marks and beyond), or one a combining mark follows
     * ("a" + U+0308 is "ä"): only real NFC can tell.
     */
    static final int UNSURE = -2;

    private final String text;
    private int i;

    Cursor(String text) {
      this.text = text;
      while (i < text.length() && isSpace(text.charAt(i))) i++;
    }

    int next() {
      if (i >= text.length()) return END;
      char c = text.charAt(i);
      if (isSpace(c)) {
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i >= text.length() ? END : ' ';
      }
      i++;
      return c >= 0x300 || i < text.length() && text.charAt(i) >= 0x300 ? UNSURE : c;
    }
  }

  /** True when the text is empty once white space is removed. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) if (!isSpace(text.charAt(i))) return false;
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The text without inline codes, unescaped. */
  static String plain(String neutral) {
    if (neutral.indexOf('<') < 0 && neutral.indexOf('&') < 0) return neutral;
    StringBuilder out = new StringBuilder(neutral.length());
    int n = neutral.length();
    for (int i = 0; i < n; i++) {
      char c = neutral.charAt(i);
      if (c == '<') {
        int end = neutral.indexOf('>', i);
        if (end < 0) break;
        i = end;
      } else if (c == '&') {
        int end = neutral.indexOf(';', i);
        String entity = end < 0 || end - i > 10 ? null : entity(neutral.substring(i + 1, end));
        if (entity == null) {
          out.append(c);
        } else {
          out.append(entity);
          i = end;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        if (name.length() < 2 || name.charAt(0) != '#') return null;
        try {
          int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
          return Character.isValidCodePoint(cp) ? Character.toString(cp) : null;
        } catch (NumberFormatException e) {
          return null;
        }
    }
  }

  /** True when the text has no letter at all: only numbers, punctuation, symbols and space. */
  static boolean hasNoLetter(String plain) {
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      if (Character.isLetter(cp)) return false;
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Shortens a text for a one-line message, cut only between two characters as a user sees them:
   * never inside a surrogate pair (an emoji) or before a combining mark.
   */
  static String clip(String text, int max) {
    if (text.length() <= max) return text;
    return text.substring(0, boundaryBefore(text, max)) + "…";
  }

  /**
   * Two texts that differ, each shortened so that the first difference shows: when plain clipping
   * would cut both before it, both start a little before it ("…") instead.
   */
  static String[] clipApart(String a, String b, int max) {
    int same = 0;
    int n = Math.min(a.length(), b.length());
    while (same < n && a.charAt(same) == b.charAt(same)) same++;
    if (same + CONTEXT / 2 < max || a.length() <= max && b.length() <= max) return new String[] {clip(a, max), clip(b, max)};
    int start = boundaryBefore(a, same - CONTEXT + 1);
    return new String[] {"…" + clip(a.substring(start), max - 1), "…" + clip(b.substring(start), max - 1)};
  }

  /** How many characters of context {@link #clipApart} keeps before the first difference. */
  private static final int CONTEXT = 30;

  /** The last grapheme boundary of the text before {@code offset} (0 at the least). */
  private static int boundaryBefore(String text, int offset) {
    if (offset <= 0) return 0;
    java.text.BreakIterator graphemes = java.text.BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
    graphemes.setText(text);
    int cut = graphemes.preceding(Math.min(offset, text.length()));
    return cut == java.text.BreakIterator.DONE ? 0 : cut;
  }
}
