package org.transdesk;

/** What a character's script means for cutting text into words, shared by glossary matching and the number check. */
public final class Scripts {
  private Scripts() {}

  /**
   * A letter of a script written without spaces between words: Chinese, Japanese kana, Thai, Lao,
   * Khmer, Burmese. Korean is not one: Hangul puts spaces between words.
   */
  public static boolean isSpaceless(int c) {
    // Latin, Greek, Cyrillic, Arabic, Hebrew and Indic letters come before Thai; Latin Extended
    // Additional, Greek Extended and the symbols come before the CJK block: no look-up for them.
    if (c < '\u0E00' || c >= '\u1E00' && c < '\u2E80') return false;
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }
}
