package org.transdesk.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A text in the neutral inline form (CONTRACT.md: escaped text with {@code <ph id/>},
 * {@code <pc id>…</pc>}, {@code <sc id/>}, {@code <ec id/>}) cut into its text and its codes.
 * Anything that does not parse as a code stays text, so a stray "<" never fails a check.
 */
final class InlineText {
  /** What an inline code is; the order of {@link #codes} keeps a pc's opening and closing apart. */
  enum Kind {
    PH("ph"), PC_OPEN("pc"), PC_CLOSE("pc"), SC("sc"), EC("ec");

    final String element;

    Kind(String element) {
      this.element = element;
    }
  }

  /** One inline code: its kind and id, and where it stands in {@link #plain()}. */
  record Code(Kind kind, String id, int offset) {
    /** The code as the neutral form writes it, e.g. {@code <ph id="1"/>} or {@code </pc>}. */
    String display() {
      return switch (kind) {
        case PC_OPEN -> "<pc id=\"" + id + "\">";
        case PC_CLOSE -> "</pc id=\"" + id + "\">";
        default -> "<" + kind.element + " id=\"" + id + "\"/>";
      };
    }
  }

  /** A run of text or a code, in document order. */
  record Piece(String text, Code code) {}

  private final String plain;
  private final List<Code> codes;
  private final List<Piece> pieces;

  private InlineText(String plain, List<Code> codes, List<Piece> pieces) {
    this.plain = plain;
    this.codes = codes;
    this.pieces = pieces;
  }

  static InlineText parse(String neutral) {
    return parse(neutral, Set.of());
  }

  /**
   * As {@link #parse(String)}; a {@code <ph/>} whose id is in {@code lineBreaks} and stands between
   * two words reads as a space in {@link #plain()} ("Un{@code <ph id="1"/>}arrived": "Un arrived"),
   * as ingest's plain text has it. The pieces keep the text as it is, for the white-space checks.
   */
  static InlineText parse(String neutral, Set<String> lineBreaks) {
    if (neutral.indexOf('<') < 0 && neutral.indexOf('&') < 0) {
      return new InlineText(neutral, List.of(), neutral.isEmpty() ? List.of() : List.of(new Piece(neutral, null)));
    }
    StringBuilder plain = new StringBuilder(neutral.length());
    StringBuilder run = new StringBuilder();
    List<Code> codes = new ArrayList<>(0);
    List<Piece> pieces = new ArrayList<>(2);
    Deque<String> open = new ArrayDeque<>();
    boolean space = false;
    int i = 0;
    int n = neutral.length();
    while (i < n) {
      char c = neutral.charAt(i);
      if (c == '<') {
        int end = neutral.indexOf('>', i);
        Code code = end < 0 ? null : code(neutral.substring(i + 1, end), open, plain.length());
        if (code != null) {
          if (run.length() > 0) {
            pieces.add(new Piece(run.toString(), null));
            run.setLength(0);
          }
          codes.add(code);
          pieces.add(new Piece(null, code));
          boolean afterWord = plain.length() > 0 && !isSpace(plain.charAt(plain.length() - 1));
          if (code.kind() == Kind.PH && afterWord && lineBreaks.contains(code.id())) space = true;
          i = end + 1;
          continue;
        }
      } else if (c == '&') {
        int end = neutral.indexOf(';', i);
        String entity = end < 0 || end - i > 10 ? null : entity(neutral.substring(i + 1, end));
        if (entity != null) {
          if (space && !isSpace(entity.charAt(0))) plain.append(' ');
          space = false;
          plain.append(entity);
          run.append(entity);
          i = end + 1;
          continue;
        }
      }
      if (space && !isSpace(c)) plain.append(' ');
      space = false;
      plain.append(c);
      run.append(c);
      i++;
    }
    if (run.length() > 0) pieces.add(new Piece(run.toString(), null));
    return new InlineText(plain.toString(), codes, pieces);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Code code(String tag, Deque<String> open, int offset) {
    if (tag.equals("/pc")) {
      return open.isEmpty() ? null : new Code(Kind.PC_CLOSE, open.pop(), offset);
    }
    boolean empty = tag.endsWith("/");
    String body = empty ? tag.substring(0, tag.length() - 1).strip() : tag;
    int space = body.indexOf(' ');
    if (space < 0) return null;
    String name = body.substring(0, space);
    String id = id(body.substring(space + 1));
    if (id == null) return null;
    Kind kind = switch (name) {
      case "ph" -> empty ? Kind.PH : null;
      case "sc" -> empty ? Kind.SC : null;
      case "ec" -> empty ? Kind.EC : null;
      case "pc" -> empty ? null : Kind.PC_OPEN;
      default -> null;
    };
    if (kind == null) return null;
    if (kind == Kind.PC_OPEN) open.push(id);
    return new Code(kind, id, offset);
  }

  private static String id(String attributes) {
    int at = attributes.indexOf("id=");
    if (at < 0 || at + 4 > attributes.length()) return null;
    char quote = attributes.charAt(at + 3);
    if (quote != '"' && quote != '\'') return null;
    int end = attributes.indexOf(quote, at + 4);
    return end < 0 ? null : attributes.substring(at + 4, end);
  }

  private static String entity(String name) {
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> numeric(name);
    };
  }

  private static String numeric(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') return null;
    try {
      int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16)
          : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The text without codes, unescaped. */
  String plain() {
    return plain;
  }

  List<Code> codes() {
    return codes;
  }

  List<Piece> pieces() {
    return pieces;
  }
}
