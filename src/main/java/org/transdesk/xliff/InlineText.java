package org.transdesk.xliff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the neutral inline form of one unit's source or target: XML-escaped text with codes as
 * {@code <ph id="N"/>}, {@code <pc id="N">…</pc>}, {@code <sc id="N"/>}, {@code <ec id="N"/>}.
 * Code ids are shared by the source and target of a unit, so the same XLIFF code gets the same N
 * on both sides: an XLIFF id that is a positive integer keeps its number, others are numbered in
 * order of appearance. An opening and a closing code (1.2 bx/ex, bpt/ept; 2.x sc/ec) that end up
 * properly nested in the same text become one {@code <pc>}.
 */
final class InlineText {
  // A plain char buffer: cheaper than a StringBuilder, which checks every appended char for Latin-1.
  private char[] buf = new char[256];
  private int len;
  private final int maxChars;
  private final Map<String, Integer> ids = new HashMap<>();
  private final BitSet used = new BitSet();
  private final Map<Integer, String> openKeys = new HashMap<>();
  private final Map<Integer, String> closeKeys = new HashMap<>();
  private boolean unpaired;
  private Map<String, String> renamed = Map.of();
  private Set<String> lineBreaks = Set.of();

  InlineText(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Forgets the ids of the previous unit. */
  void newUnit() {
    if (!ids.isEmpty()) ids.clear();
    used.clear();
    if (!openKeys.isEmpty()) openKeys.clear();
    if (!closeKeys.isEmpty()) closeKeys.clear();
    if (!renamed.isEmpty()) renamed = Map.of();
    if (!lineBreaks.isEmpty()) lineBreaks = Set.of();
  }

  /** Marks standalone code {@code n} of this unit as a line break (1.2 {@code ctype="lb"}, 2.x {@code subType="xlf:lb"}). */
  void lineBreak(int n) {
    if (lineBreaks.isEmpty()) lineBreaks = new HashSet<>(4);
    lineBreaks.add(Integer.toString(n));
  }

  /** The neutral ids of this unit's codes the file marks as line breaks; usually none. */
  Set<String> lineBreaks() {
    return lineBreaks.isEmpty() ? Set.of() : Set.copyOf(lineBreaks);
  }

  /**
   * The ids this unit's codes have in the file, by neutral number, for the codes whose XLIFF id is
   * not that number ("source1", "INTERPOLATION"); usually none.
   */
  Map<String, String> renamedIds() {
    return renamed.isEmpty() ? Map.of() : Map.copyOf(renamed);
  }

  /** Starts a new text (source or target) of the current unit. */
  void start() {
    len = 0;
    unpaired = false;
  }

  int length() {
    return len;
  }

  private char[] room(int more) {
    if (len + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    return buf;
  }

  private void append(String s) {
    int n = s.length();
    s.getChars(0, n, room(n), len);
    len += n;
  }

  private void append(int number) {
    append(Integer.toString(number));
  }

  /** Appends text, escaping {@code & < >}; false when the text grew beyond the limit. */
  boolean text(char[] chars, int start, int length) {
    char[] out = room(length);
    int end = start + length;
    int at = len;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c <= '>' && (c == '&' || c == '<' || c == '>')) {
        len = at;
        append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
        out = room(end - i);
        at = len;
      } else {
        out[at++] = c;
      }
    }
    len = at;
    return len <= maxChars;
  }

  boolean text(String s) {
    return text(s.toCharArray(), 0, s.length());
  }

  /** Appends already neutral text, such as an earlier segment of the same unit. */
  void raw(String neutral) {
    append(neutral);
  }

  /** A standalone code; returns its neutral number. */
  int ph(String xliffId) {
    int n = number(xliffId);
    append("<ph id=\"");
    append(n);
    append("\"/>");
    return n;
  }

  /** The start of a paired code whose end is certain to be in this text (1.2 g, 2.x pc). */
  void pcOpen(String xliffId) {
    int n = number(xliffId);
    append("<pc id=\"");
    append(n);
    append("\">");
  }

  void pcClose() {
    append("</pc>");
  }

  /**
   * An opening code whose closing may or may not be in this text.
   *
   * @param key what the closing code names to match it, or null for an isolated code
   */
  void open(String xliffId, String key) {
    int n = number(xliffId);
    if (key != null) {
      openKeys.put(n, key);
      unpaired = true;
    }
    append("<sc id=\"");
    append(n);
    append("\"/>");
  }

  /**
   * A closing code.
   *
   * @param xliffId its own id (1.2 ex/ept; 2.x isolated ec), or for a 2.x ec the startRef
   * @param key the id of the opening code it closes, or null for an isolated code
   */
  void close(String xliffId, String key) {
    int n = number(xliffId);
    if (key != null) {
      closeKeys.put(n, key);
      unpaired = true;
    }
    append("<ec id=\"");
    append(n);
    append("\"/>");
  }

  /** Whether a neutral text has anything but white space outside its codes' tags. */
  static boolean hasText(String neutral) {
    boolean inTag = false;
    for (int i = 0; i < neutral.length(); i++) {
      char c = neutral.charAt(i);
      if (inTag) {
        if (c == '>') inTag = false;
      } else if (c == '<') {
        inTag = true;
      } else if (!Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /** Part of the text built since {@link #start}, codes not yet paired (a Trados segment of it). */
  String slice(int from, int to) {
    return new String(buf, from, to - from);
  }

  /** The text built since {@link #start}, codes not yet paired (to join with other segments). */
  String raw() {
    return new String(buf, 0, len);
  }

  /** The neutral form of the text built since {@link #start}. */
  String finish() {
    String text = new String(buf, 0, len);
    return unpaired ? pair(text) : text;
  }

  /** Pairs opening and closing codes of the finished text; see the class comment. */
  String pair(String neutral) {
    if (neutral.indexOf("<sc ") < 0 || neutral.indexOf("<ec ") < 0) return neutral;
    // Tags are the only '<' in neutral text: text '<' is always escaped.
    List<int[]> tags = new ArrayList<>(); // {start, end, kind, n}; kind 0 pc, 1 /pc, 2 sc, 3 ec, 4 ph
    for (int i = neutral.indexOf('<'); i >= 0; i = neutral.indexOf('<', i + 1)) {
      int end = neutral.indexOf('>', i) + 1;
      String tag = neutral.substring(i, end);
      int kind = tag.startsWith("<pc ") ? 0 : tag.startsWith("</pc") ? 1 : tag.startsWith("<sc ") ? 2
          : tag.startsWith("<ec ") ? 3 : 4;
      int n = kind == 1 ? 0 : Integer.parseInt(tag.substring(tag.indexOf('"') + 1, tag.lastIndexOf('"')));
      tags.add(new int[] {i, end, kind, n});
    }
    int[] partner = new int[tags.size()];
    java.util.Arrays.fill(partner, -1);
    int[] stack = new int[tags.size()];
    int top = 0;
    for (int t = 0; t < tags.size(); t++) {
      int[] tag = tags.get(t);
      switch (tag[2]) {
        case 0 -> stack[top++] = t;
        case 1 -> { // pops the pc and any opening code left open inside it
          while (top > 0 && tags.get(stack[top - 1])[2] != 0) top--;
          if (top > 0) top--;
        }
        case 2 -> {
          if (openKeys.containsKey(tag[3])) stack[top++] = t;
        }
        case 3 -> {
          String key = closeKeys.get(tag[3]);
          if (key != null && top > 0) {
            int[] open = tags.get(stack[top - 1]);
            if (open[2] == 2 && key.equals(openKeys.get(open[3]))) {
              partner[stack[top - 1]] = t;
              partner[t] = stack[top - 1];
              top--;
            }
          }
        }
        default -> { }
      }
    }
    StringBuilder out = new StringBuilder(neutral.length());
    int from = 0;
    for (int t = 0; t < tags.size(); t++) {
      if (partner[t] < 0) continue;
      int[] tag = tags.get(t);
      out.append(neutral, from, tag[0]);
      out.append(tag[2] == 2 ? "<pc id=\"" + tag[3] + "\">" : "</pc>");
      from = tag[1];
    }
    out.append(neutral, from, neutral.length());
    return out.toString();
  }

  /**
   * Drops the layout a tool added by re-indenting a file whose xml:space is "default": a run of
   * whitespace that holds a line break is removed at the start and end of the text and becomes one
   * space inside it. Whitespace without a line break is kept as written.
   */
  static String dropLayout(String neutral) {
    if (neutral.indexOf('\n') < 0 && neutral.indexOf('\r') < 0) return neutral;
    int n = neutral.length();
    StringBuilder out = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = neutral.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        int j = i;
        boolean lineBreak = false;
        for (; j < n; j++) {
          char w = neutral.charAt(j);
          if (w == '\n' || w == '\r') lineBreak = true;
          else if (w != ' ' && w != '\t') break;
        }
        if (!lineBreak) out.append(neutral, i, j);
        else if (i > 0 && j < n) out.append(' ');
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The neutral number of an XLIFF code id; null ids always get a fresh number. */
  int number(String xliffId) {
    if (xliffId != null) {
      Integer known = ids.get(xliffId);
      if (known != null) return known;
    }
    int written = positive(xliffId);
    int n = written <= 0 || used.get(written) ? used.nextClearBit(1) : written;
    used.set(n);
    if (xliffId != null) {
      ids.put(xliffId, n);
      if (n != written) {
        if (renamed.isEmpty()) renamed = new HashMap<>(4);
        renamed.put(Integer.toString(n), xliffId);
      }
    }
    return n;
  }

  private static int positive(String s) {
    if (s == null || s.isEmpty() || s.length() > 9 || s.charAt(0) == '0') return -1;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
