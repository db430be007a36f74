package org.transdesk.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table that fits a width: one column may shrink, its long cells cut with
 * an ellipsis (at the start for paths, whose end tells them apart; at the end for text).
 */
final class TextTable {
  enum Align { LEFT, RIGHT }

  enum Cut { NONE, START, END }

  private record Column(String header, Align align, Cut cut) {}

  private static final String GAP = "  ";
  private static final int NARROWEST = 8;

  private final List<Column> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final java.util.Map<Integer, String> headings = new java.util.HashMap<>();
  private final String indent;

  TextTable(String indent) {
    this.indent = indent;
  }

  TextTable column(String header, Align align) {
    return column(header, align, Cut.NONE);
  }

  TextTable column(String header, Align align, Cut cut) {
    columns.add(new Column(header, align, cut));
    return this;
  }

  TextTable row(Object... cells) {
    if (cells.length != columns.size()) throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
    List<String> row = new ArrayList<>();
    for (Object cell : cells) row.add(cell == null ? "" : oneLine(cell.toString()));
    rows.add(row);
    return this;
  }

  /** A line across the table, before the next row. */
  TextTable rule() {
    rows.add(null);
    return this;
  }

  /** A line of its own over the rows that follow (a document name), cut at the start to the width. */
  TextTable heading(String text) {
    headings.put(rows.size(), oneLine(text));
    return this;
  }

  void print(PrintWriter out, int width) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      widths[i] = length(columns.get(i).header());
      for (List<String> row : rows) if (row != null) widths[i] = Math.max(widths[i], length(row.get(i)));
    }
    int total = indent.length() + GAP.length() * (columns.size() - 1);
    for (int w : widths) total += w;
    for (int i = 0; i < columns.size() && total > width; i++) {
      if (columns.get(i).cut() == Cut.NONE) continue;
      int narrower = Math.max(Math.max(NARROWEST, length(columns.get(i).header())), widths[i] - (total - width));
      total -= widths[i] - narrower;
      widths[i] = narrower;
    }
    line(out, columns.stream().map(Column::header).toList(), widths, true);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (headings.containsKey(r)) out.println(indent + cut(headings.get(r), width - indent.length(), Cut.START));
      if (row == null) {
        out.println(indent + "-".repeat(Math.max(0, Math.min(total, width) - indent.length())));
      } else {
        line(out, row, widths, false);
      }
    }
  }

  private void line(PrintWriter out, List<String> cells, int[] widths, boolean header) {
    StringBuilder text = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      Column column = columns.get(i);
      String cell = header ? cells.get(i) : cut(cells.get(i), widths[i], column.cut());
      int pad = widths[i] - length(cell);
      if (i > 0) text.append(GAP);
      if (column.align() == Align.RIGHT) {
        spaces(text, pad).append(cell);
      } else {
        text.append(cell);
        if (i < cells.size() - 1) spaces(text, pad);
      }
    }
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    text.setLength(end);
    out.println(text);
  }

  private static StringBuilder spaces(StringBuilder text, int count) {
    for (int i = 0; i < count; i++) text.append(' ');
    return text;
  }

  /**
   * Cuts text to a width in terminal columns, marking the cut with "…". A character is as wide as a
   * terminal shows it (see {@link #columns(int)}); a combining mark stays with its letter.
   */
  static String cut(String text, int width, Cut cut) {
    if (cut == Cut.NONE || length(text) <= width) return text;
    if (width <= 1) return "…";
    int room = width - 1;
    if (cut == Cut.START) {
      int start = text.length();
      int used = 0;
      while (start > 0) {
        int cp = text.codePointBefore(start);
        int w = columns(cp);
        if (used + w > room) break;
        used += w;
        start -= Character.charCount(cp);
      }
      // A mark whose letter was cut off goes with it.
      while (start < text.length() && columns(text.codePointAt(start)) == 0) start += Character.charCount(text.codePointAt(start));
      return "…" + text.substring(start);
    }
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int w = columns(cp);
      if (w > 0 && used + w > room) break;
      used += w;
      end += Character.charCount(cp);
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** The columns a terminal gives the text: see {@link #columns(int)}. */
  static int length(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      columns += columns(cp);
      i += Character.charCount(cp);
    }
    return columns;
  }

  /**
   * The columns a terminal gives one character: two for the wide and full-width ones of East Asian
   * scripts and emoji (Unicode's East_Asian_Width W and F: "国", "１", "🎉"), none for combining marks
   * and format characters (a decomposed accent, a zero-width joiner), one for the rest.
   */
  static int columns(int cp) {
    if (cp < 0x300) return 1;
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** Control characters and line breaks in user text would break the table's lines. */
  private static String oneLine(String text) {
    // Control characters are all in the BMP, so char by char is code point by code point for them;
    // most cells have none and are returned as they are.
    char[] clean = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (clean == null) clean = text.toCharArray();
        clean[i] = ' ';
      }
    }
    return clean == null ? text : new String(clean);
  }
}
