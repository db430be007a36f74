package org.transdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of a plain-text article that an editor or a wire feed wrapped inside a
 * paragraph ("The talks would\ncontinue in Geneva."), so a sentence is not cut at every line end.
 * Plain text is otherwise read line by line: a headline, standfirst and byline lines stay apart.
 *
 * <p>A line is joined to the next line of its paragraph (no blank line between) when
 * <ul>
 *   <li>the next line starts with a lower-case letter and this one does not end a sentence or a
 *       label (., !, ?, :, ; or …, perhaps followed by a closing quote or bracket), or
 *   <li>the article is hard-wrapped at a width (most lines that a non-blank line follows end
 *       within 20 characters of one width, at least 40) and the next line's first word would not
 *       have fitted on this one (give or take 3 characters): where a wrapping editor moves a word
 *       to the next line.
 * </ul>
 * A compound broken after its hyphen ("record-" over "defying") is joined without a space. A
 * list item ("- ", "* ", "• ", "1. ", "2) ") after a line that ends in punctuation or is an item
 * itself is never joined. Short lines such as "Author: Killian Jones" over "Function:
 * Chief-Editor" stay apart either way.
 */
final class HardWrap {
  private static final int MIN_WIDTH = 40;
  private static final int MAX_WIDTH = 120;
  private static final int BAND = 20;
  private static final int SLACK = 3;

  private HardWrap() {}

  /** The text with the line breaks of wrapped lines replaced by a space; other line breaks kept. */
  static String unwrap(String text) {
    List<String> lines = lines(text);
    // Editors wrap at a number of characters, some tools (fold, fmt) at a number of bytes.
    int width = width(lines, HardWrap::length);
    int byteWidth = width(lines, HardWrap::utf8Length);
    StringBuilder out = new StringBuilder(text.length());
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      // A continued line loses its indent, a joined one its trailing blanks: one space between them.
      String line = continued ? lines.get(i).stripLeading() : lines.get(i);
      String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      continued = next != null && joins(line, next, width, byteWidth);
      if (!continued) {
        out.append(line);
        if (next != null) out.append('\n');
      } else {
        out.append(line.stripTrailing());
        if (!breaksAfterHyphen(line, next.stripLeading())) out.append(' ');
      }
    }
    return out.toString();
  }

  /** The lines without their line ends (\n, \r\n or \r); a final line end gives a last empty line. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') continue;
      lines.add(text.substring(start, i));
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
      start = i + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }

  /**
   * The width the article is wrapped at, or 0 when it is not hard-wrapped: the length (as {@code
   * measure} counts), between 40 and 120, within 20 of which most lines followed by a non-blank line
   * end (at least three).
   */
  private static int width(List<String> lines, java.util.function.ToIntFunction<String> measure) {
    // How many lines (followed by a non-blank line) have each length up to MAX_WIDTH: linear in the
    // article, however many lines it has.
    int[] withLength = new int[MAX_WIDTH + 1];
    int lengths = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).isBlank() || lines.get(i + 1).isBlank()) continue;
      lengths++;
      int length = measure.applyAsInt(lines.get(i).stripTrailing());
      if (length <= MAX_WIDTH) withLength[length]++;
    }
    int best = 0;
    int bestCount = 0;
    for (int candidate = MIN_WIDTH; candidate <= MAX_WIDTH; candidate++) {
      if (withLength[candidate] == 0) continue;
      int count = 0;
      for (int length = candidate - BAND + 1; length <= candidate; length++) count += withLength[length];
      if (count >= bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return bestCount >= 3 && bestCount * 10L >= lengths * 6L ? best : 0;
  }

  private static boolean joins(String line, String next, int width, int byteWidth) {
    String tail = line.stripTrailing();
    String head = next.stripLeading();
    if (tail.isEmpty() || head.isEmpty()) return false;
    // A list item follows a line that ends in punctuation ("three points:") or another item; a
    // dash after a wrapped line in mid-sentence ("a sort of bump\n- and I was") is the sentence's.
    if (startsListItem(head) && (startsListItem(tail.stripLeading()) || endsClause(tail))) return false;
    if (Character.isLowerCase(head.codePointAt(0)) && !endsSentence(tail)) return true;
    // SLACK: wrapping tools count bytes or tab stops, not characters, so a line may end a little short.
    String word = firstWord(head);
    return width > 0 && length(tail) + 1 + length(word) > width - SLACK
        || byteWidth > 0 && utf8Length(tail) + 1 + utf8Length(word) > byteWidth - SLACK;
  }

  /** A compound broken at its hyphen ("record-" over "defying"): joined without a space. */
  private static boolean breaksAfterHyphen(String line, String next) {
    String tail = line.stripTrailing();
    int n = tail.length();
    return n >= 2 && tail.charAt(n - 1) == '-' && Character.isLetter(tail.charAt(n - 2)) && !next.isEmpty()
        && Character.isLetter(next.charAt(0));
  }

  private static boolean endsSentence(String line) {
    return endsIn(line, ".!?:;…");
  }

  private static boolean endsClause(String line) {
    return endsIn(line, ".!?:;…,");
  }

  /** Whether the line ends in one of the marks, perhaps followed by closing quotes or brackets. */
  private static boolean endsIn(String line, String marks) {
    int i = line.length();
    while (i > 0 && "\"'”’»)]".indexOf(line.charAt(i - 1)) >= 0) i--;
    return i > 0 && marks.indexOf(line.charAt(i - 1)) >= 0;
  }

  private static boolean startsListItem(String line) {
    char first = line.charAt(0);
    if ((first == '-' || first == '*' || first == '•' || first == '–') && line.length() > 1 && Character.isWhitespace(line.charAt(1))) {
      return true;
    }
    int digits = 0;
    while (digits < line.length() && digits < 3 && Character.isDigit(line.charAt(digits))) digits++;
    return digits > 0 && digits + 1 < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && Character.isWhitespace(line.charAt(digits + 1));
  }

  private static String firstWord(String line) {
    int end = 0;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
    return line.substring(0, end);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
