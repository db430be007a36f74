package org.transdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.transdesk.DeskException;
import org.transdesk.ExitCode;

/**
 * Refuses HTML (and Markdown, whose inline HTML goes through the same filter) whose elements nest
 * absurdly deep before Okapi's HTML filter sees it: the filter looks through every open element at
 * each tag, so 8,000 nested divs took half a minute and more hang the ingest (found by fuzzing).
 * Real articles nest a few dozen levels.
 *
 * <p>The count follows HTML loosely and never overcounts a real page: void elements and
 * self-closed tags do not nest, an end tag closes everything opened inside it, and an element
 * whose end tag HTML lets authors leave out (p, li, td, ...) closes an open one of the same name.
 */
final class MarkupDepth {
  static final int MAX_DEPTH = 256;

  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
      "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "isindex");
  private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
      "tbody", "tfoot", "rt", "rp", "colgroup", "caption");
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext");

  private MarkupDepth() {}

  /** Throws a refusal (exit 3) naming the line where the elements open deeper than {@link #MAX_DEPTH}. */
  static void check(String name, String html) {
    List<String> open = new ArrayList<>();
    int line = 1;
    int i = 0;
    int length = html.length();
    while (i < length) {
      char c = html.charAt(i);
      if (c == '\n') line++;
      if (c != '<' || i + 1 >= length) {
        i++;
        continue;
      }
      char next = html.charAt(i + 1);
      if (next == '!' || next == '?') {
        int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i);
        end = end < 0 ? length : end + (html.startsWith("<!--", i) ? 3 : 1);
        line += count(html, i, end);
        i = end;
        continue;
      }
      boolean closing = next == '/';
      int nameStart = closing ? i + 2 : i + 1;
      int nameEnd = nameStart;
      while (nameEnd < length && isNameChar(html.charAt(nameEnd))) nameEnd++;
      if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
        i++;
        continue;
      }
      String tag = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      int end = tagEnd(html, nameEnd);
      boolean selfClosed = end > 1 && html.charAt(end - 2) == '/';
      line += count(html, i, end);
      i = end;
      if (closing) {
        int at = open.lastIndexOf(tag);
        if (at >= 0) open.subList(at, open.size()).clear();
        continue;
      }
      if (VOID.contains(tag) || selfClosed) continue;
      if (OPTIONAL_END.contains(tag)) {
        int at = open.lastIndexOf(tag);
        if (at >= 0) open.subList(at, open.size()).clear();
      }
      open.add(tag);
      if (open.size() > MAX_DEPTH) {
        throw new DeskException(ExitCode.REJECTED,
            "%s:%d: HTML elements nested more than %d levels deep; an article is never built like this: check the file",
            name, line, MAX_DEPTH);
      }
      if (RAW_TEXT.contains(tag)) {
        int close = indexOfIgnoreCase(html, "</" + tag, i);
        int skip = close < 0 ? length : close;
        line += count(html, i, skip);
        i = skip;
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_' || c == '.';
  }

  /** Just after the '>' that ends a tag, skipping quoted attribute values; the end of the text if none. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  private static int indexOfIgnoreCase(String text, String what, int from) {
    for (int i = from; i + what.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, what, 0, what.length())) return i;
    }
    return -1;
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) if (text.charAt(i) == '\n') lines++;
    return lines;
  }
}
