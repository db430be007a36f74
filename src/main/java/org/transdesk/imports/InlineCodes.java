package org.transdesk.imports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a target keeps the inline codes of its source: every code once, with the same kind, and
 * paired codes properly nested. Codes may move (word order changes between languages).
 */
final class InlineCodes {
  private InlineCodes() {}

  /** What is wrong with the target's codes, or empty when they match the source's. */
  static Optional<String> problem(String source, String target) {
    if (source.indexOf('<') < 0 && target.indexOf('<') < 0) return Optional.empty();
    Map<String, String> expected = new LinkedHashMap<>();
    String sourceBroken = collect(source, expected);
    if (sourceBroken != null) return Optional.of("the source's inline codes are broken: " + sourceBroken);
    Map<String, String> found = new LinkedHashMap<>();
    String broken = collect(target, found);
    if (broken != null) return Optional.of("inline codes broken: " + broken);
    for (Map.Entry<String, String> code : expected.entrySet()) {
      String kind = found.get(code.getKey());
      if (kind == null) return Optional.of("inline code " + display(code.getValue(), code.getKey()) + " of the source is missing");
      if (!kind.equals(code.getValue())) {
        return Optional.of("inline code " + code.getKey() + " is " + display(code.getValue(), code.getKey())
            + " in the source but " + display(kind, code.getKey()) + " in the target");
      }
    }
    for (Map.Entry<String, String> code : found.entrySet()) {
      if (!expected.containsKey(code.getKey())) {
        return Optional.of("inline code " + display(code.getValue(), code.getKey()) + " is not in the source");
      }
    }
    return Optional.empty();
  }

  /** Reads the codes of a neutral text into id → kind; returns what is broken, or null. */
  private static String collect(String text, Map<String, String> codes) {
    Deque<String> open = new ArrayDeque<>();
    int i = text.indexOf('<');
    while (i >= 0) {
      int end = text.indexOf('>', i);
      if (end < 0) return "unclosed tag at '" + Neutral.clip(text.substring(i), 20) + "'";
      String tag = text.substring(i + 1, end);
      if (tag.equals("/pc")) {
        if (open.isEmpty()) return "</pc> without its opening <pc>";
        open.pop();
      } else {
        boolean empty = tag.endsWith("/");
        String body = empty ? tag.substring(0, tag.length() - 1).strip() : tag.strip();
        int space = body.indexOf(' ');
        String name = space < 0 ? body : body.substring(0, space);
        String id = space < 0 ? null : id(body.substring(space + 1));
        boolean known = switch (name) {
          case "ph", "sc", "ec" -> empty;
          case "pc" -> !empty;
          default -> false;
        };
        if (!known || id == null) return "unknown tag <" + Neutral.clip(tag, 20) + ">";
        String before = codes.put(id, name);
        // A start and an end code of one id are one pair left open across others (they overlap): not a repeat.
        if (before != null && before.equals("sc") && name.equals("ec")) codes.put(id, "sc/ec");
        else if (before != null) return "inline code " + id + " appears twice";
        if (name.equals("pc")) open.push(id);
      }
      i = text.indexOf('<', end + 1);
    }
    if (!open.isEmpty()) return "<pc id=\"" + open.peek() + "\"> is never closed";
    return null;
  }

  private static String id(String attributes) {
    int at = attributes.indexOf("id=");
    if (at < 0 || at + 4 > attributes.length()) return null;
    char quote = attributes.charAt(at + 3);
    if (quote != '"' && quote != '\'') return null;
    int end = attributes.indexOf(quote, at + 4);
    return end < 0 ? null : attributes.substring(at + 4, end);
  }

  private static String display(String kind, String id) {
    return switch (kind) {
      case "pc" -> "<pc id=\"" + id + "\">";
      case "sc/ec" -> "<sc id=\"" + id + "\"/>…<ec id=\"" + id + "\"/>";
      default -> "<" + kind + " id=\"" + id + "\"/>";
    };
  }
}
