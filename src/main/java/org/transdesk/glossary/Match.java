package org.transdesk.glossary;

/** An entry found in a source text: the entry, the span [start, end) in the text and the text matched. */
public record Match(Entry entry, int start, int end, String text) {
  /**
   * Whether the match is one or two characters of a script written without spaces (Chinese,
   * Japanese, Thai…) standing against more of them in {@code text}: such short runs recur inside
   * ordinary words (王毅 in 国王毅然, 李 in 行李), so a finding built on it may be wrong.
   */
  public boolean mayBeInsideAWord(String text) {
    if (text.codePointCount(start, end) > 2 || !Tokens.isSpaceless(text.codePointAt(start))) return false;
    return start > 0 && Tokens.isSpaceless(text.codePointBefore(start)) || end < text.length() && Tokens.isSpaceless(text.codePointAt(end));
  }
}
