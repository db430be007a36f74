package org.transdesk.xliff;

/**
 * Reads the neutral inline form (CONTRACT.md: escaped text with {@code <ph/>}, {@code <pc>},
 * {@code <sc/>}, {@code <ec/>}) and hands its pieces to a {@link Sink}. Hand-rolled rather than a
 * StAX parse per segment: export writes hundreds of thousands of units per second.
 */
final class NeutralForm {
  /** Receives the pieces of one neutral string, in order. */
  interface Sink {
    /** Unescaped text; the array is reused after the call returns. */
    void text(char[] chars, int start, int length);

    void placeholder(String id);

    void pairedStart(String id);

    void pairedEnd(String id);

    void isolatedStart(String id);

    void isolatedEnd(String id);
  }

  private final String text;
  private final Sink sink;
  private char[] buffer;
  private int length;
  private int position;
  private String[] open = new String[8];
  private int depth;

  private NeutralForm(String text, Sink sink, char[] buffer) {
    this.text = text;
    this.sink = sink;
    this.buffer = buffer;
  }

  /**
   * Parses {@code text} into {@code sink}. {@code buffer} is scratch space the caller may reuse
   * across calls (it grows when needed). Throws {@link IllegalArgumentException} naming the offset
   * when the text is not in the neutral form.
   */
  static char[] parse(String text, Sink sink, char[] buffer) {
    NeutralForm form = new NeutralForm(text, sink, buffer.length < text.length() ? new char[text.length()] : buffer);
    form.run();
    return form.buffer;
  }

  private void run() {
    int end = text.length();
    while (position < end) {
      char c = text.charAt(position);
      if (c == '<') {
        flush();
        tag();
      } else if (c == '&') {
        entity();
      } else {
        buffer[length++] = c;
        position++;
      }
    }
    flush();
    if (depth > 0) throw malformed("<pc id=\"" + open[depth - 1] + "\"> is never closed");
  }

  private void flush() {
    if (length > 0) sink.text(buffer, 0, length);
    length = 0;
  }

  private void tag() {
    int start = position;
    int close = text.indexOf('>', position);
    if (close < 0) throw malformed("'<' without '>'");
    position = close + 1;
    if (text.startsWith("</pc", start)) {
      if (!text.substring(start + 4, close).isBlank()) throw malformed("unexpected " + text.substring(start, close + 1));
      if (depth == 0) throw malformed("</pc> without <pc>");
      sink.pairedEnd(open[--depth]);
      return;
    }
    boolean empty = text.charAt(close - 1) == '/';
    int nameEnd = start + 1;
    while (nameEnd < close && Character.isLetter(text.charAt(nameEnd))) nameEnd++;
    String name = text.substring(start + 1, nameEnd);
    if (!name.equals("ph") && !name.equals("pc") && !name.equals("sc") && !name.equals("ec")) {
      throw malformed("unknown element <" + name + ">");
    }
    String id = id(start, empty ? close - 1 : close, nameEnd);
    switch (name) {
      case "ph" -> requireEmpty(empty, name, () -> sink.placeholder(id));
      case "sc" -> requireEmpty(empty, name, () -> sink.isolatedStart(id));
      case "ec" -> requireEmpty(empty, name, () -> sink.isolatedEnd(id));
      case "pc" -> {
        if (empty) {
          sink.pairedStart(id);
          sink.pairedEnd(id);
        } else {
          if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
          open[depth++] = id;
          sink.pairedStart(id);
        }
      }
      default -> throw malformed("unknown element <" + name + ">");
    }
  }

  private void requireEmpty(boolean empty, String name, Runnable action) {
    if (!empty) throw malformed("<" + name + "> must be empty");
    action.run();
  }

  /** The value of the one attribute, id="N", between the element name and the end of the tag. */
  private String id(int start, int end, int from) {
    String attributes = text.substring(from, end).strip();
    if (attributes.length() < 6 || !attributes.startsWith("id=")) throw malformed("expected id=\"N\" in " + text.substring(start, position));
    char quote = attributes.charAt(3);
    if ((quote != '"' && quote != '\'') || attributes.charAt(attributes.length() - 1) != quote || attributes.indexOf(quote, 4) != attributes.length() - 1) {
      throw malformed("expected id=\"N\" in " + text.substring(start, position));
    }
    String id = attributes.substring(4, attributes.length() - 1);
    if (id.isEmpty()) throw malformed("empty id in " + text.substring(start, position));
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) throw malformed("id '" + id + "' is not a name token");
    }
    return id;
  }

  private void entity() {
    int semicolon = text.indexOf(';', position);
    if (semicolon < 0 || semicolon - position > 10) throw malformed("'&' that starts no entity");
    String name = text.substring(position + 1, semicolon);
    position = semicolon + 1;
    switch (name) {
      case "amp" -> buffer[length++] = '&';
      case "lt" -> buffer[length++] = '<';
      case "gt" -> buffer[length++] = '>';
      case "quot" -> buffer[length++] = '"';
      case "apos" -> buffer[length++] = '\'';
      default -> {
        if (!name.startsWith("#") || name.length() < 2) throw malformed("unknown entity &" + name + ";");
        int codePoint;
        try {
          codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16)
              : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
          throw malformed("bad character reference &" + name + ";");
        }
        if (!Character.isValidCodePoint(codePoint)) throw malformed("bad character reference &" + name + ";");
        // A reference is never longer than the characters it stands for, so the buffer has room.
        length += Character.toChars(codePoint, buffer, length);
      }
    }
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("not in the neutral inline form at offset " + position + ": " + what);
  }
}
