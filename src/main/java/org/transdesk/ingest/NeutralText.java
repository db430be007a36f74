package org.transdesk.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import org.transdesk.xliff.InlineCodes;

/**
 * Turns an Okapi text fragment into the contract's neutral inline form: XML-escaped text with
 * {@code <pc>}, {@code <ph/>}, {@code <sc/>}, {@code <ec/>} for the markup, ids 1..n, the markup's
 * original data in a codes JSON object; URLs and e-mail addresses become protected {@code <ph/>}
 * codes so that translators cannot alter them.
 */
final class NeutralText {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Ideographs, kana, Hangul, CJK punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF), for a character class. */
  private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\u3000-\u303F\uFF00-\uFFEF";
  /** A character of an e-mail address's local part. */
  private static final String ADDRESS = "[[\\p{L}\\p{N}._%+-]&&[^" + CJK + "]]";
  /** A character of a domain label. */
  private static final String DOMAIN = "[[\\p{L}\\p{N}-]&&[^" + CJK + "]]";

  /**
   * A URL (scheme or www.) or an e-mail address; trailing sentence punctuation is not part of it,
   * and a no-break space ends a URL as any space does ({@code \s} does not match it: an HTML
   * "https://x.org/a&amp;nbsp;today" locked "today" into the protected URL).
   * The local part of an address starts only where a run of its characters starts (or where the
   * search goes on): tried from every letter of a long word, it made cutting a paragraph quadratic
   * (found by fuzzing, see RuleGuard); the leftmost match is the same.
   * An address ends where Chinese, Japanese or Korean text starts, as those languages write
   * "詳細はhttps://www.kantei.go.jp/を参照。" with no space: ideographs, kana, Hangul and the CJK and
   * full-width punctuation ({@link #CJK}) are never part of it; other non-ASCII letters are (an IRI
   * such as https://de.wikipedia.org/wiki/Müller).
   */
  static final Pattern PROTECTED = Pattern.compile(
      "(?:(?:https?|ftp)://|www\\.)[^\\s\u00A0\u2007\u202F<>\"“”‘’«»" + CJK + "]*[^\\s\u00A0\u2007\u202F<>\"“”‘’«».,;:!?)\\]}'…" + CJK + "]"
          + "|(?:mailto:)?(?:\\G|(?<!" + ADDRESS + "))" + ADDRESS + "+@" + DOMAIN + "+(?:\\." + DOMAIN + "+)*\\.[\\p{L}&&[^" + CJK + "]]{2,}");

  private NeutralText() {}

  /**
   * One segment in neutral form. {@code plain} has the codes removed; {@code visible} is what a
   * reader sees (the text with protected URLs and e-mail addresses in place), for word counts.
   */
  record Inline(String source, String plain, String codes, String visible, int protectedCodes) {
    /**
     * Without the spaces at either end that Okapi's trimming leaves, the no-break kind (it trims
     * what Character.isWhitespace() knows, not U+00A0 or U+202F): an HTML "First sentence.&amp;nbsp;
     * Second." would send translators "First sentence." with a no-break space to keep.
     */
    Inline trimmed() {
      String trimmed = trim(source);
      if (trimmed.length() == source.length()) return this;
      return new Inline(trimmed, trim(plain), codes, trim(visible), protectedCodes);
    }

    private static String trim(String text) {
      int start = 0;
      int end = text.length();
      while (start < end && isSpace(text.charAt(start))) start++;
      while (end > start && isSpace(text.charAt(end - 1))) end--;
      return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  /** True when the text is nothing but one URL or e-mail address. */
  static boolean isOnlyProtected(String text) {
    String stripped = text.strip();
    Matcher matcher = PROTECTED.matcher(stripped);
    if (matcher.matches()) return true;
    return matcher.lookingAt() && end(stripped, matcher) == stripped.length();
  }

  /**
   * Where an address found by {@link #PROTECTED} ends. A closing parenthesis is trailing
   * punctuation to the pattern, unless it closes one the URL opened: Wikipedia's
   * ".../Grayrigg_derailment_(2007)" keeps it. Done here rather than in the pattern, whose
   * alternatives inside a repetition would recurse once per character of a long URL.
   */
  static int end(CharSequence text, Matcher matcher) {
    int open = 0;
    for (int i = matcher.start(); i < matcher.end(); i++) {
      char c = text.charAt(i);
      if (c == '(') open++;
      else if (c == ')' && open > 0) open--;
    }
    int end = matcher.end();
    while (open > 0 && end < text.length() && text.charAt(end) == ')') {
      end++;
      open--;
    }
    return end;
  }

  /** Plain text, escaped, with no codes (a protected segment keeps its address as text). */
  static Inline plainOnly(String text) {
    return new Inline(escape(text), text, null, text, 0);
  }

  static Inline of(TextFragment fragment) {
    return of(fragment, Map.of());
  }

  /** The fragment in neutral form; {@code referents} resolves Okapi's [#$id] references in code data (HTML attributes). */
  static Inline of(TextFragment fragment, Map<String, String> referents) {
    String coded = fragment.getCodedText();
    List<Code> codes = fragment.getCodes();
    boolean[] paired = pairing(coded, codes);
    StringBuilder source = new StringBuilder(coded.length() + 16);
    StringBuilder plain = new StringBuilder(coded.length());
    StringBuilder visible = new StringBuilder(coded.length());
    ObjectNode data = null;
    int next = 1;
    Deque<Integer> open = new ArrayDeque<>();
    Deque<ObjectNode> openData = new ArrayDeque<>();
    int runStart = 0;
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (!TextFragment.isMarker(c)) continue;
      next = text(coded, runStart, i, source, plain, visible, next, data == null ? (data = JsonNodeFactory.instance.objectNode()) : data);
      Code code = codes.get(TextFragment.toIndex(coded.charAt(i + 1)));
      String original = original(code, referents);
      if (c == TextFragment.MARKER_OPENING) {
        int id = next++;
        ObjectNode entry = data.putObject(Integer.toString(id));
        entry.put("open", original);
        if (paired[i]) {
          source.append("<pc id=\"").append(id).append("\">");
          open.push(id);
          openData.push(entry);
        } else {
          source.append("<sc id=\"").append(id).append("\"/>");
        }
      } else if (c == TextFragment.MARKER_CLOSING) {
        if (paired[i]) {
          open.pop();
          openData.pop().put("close", original);
          source.append("</pc>");
        } else {
          int id = next++;
          data.putObject(Integer.toString(id)).put("close", original);
          source.append("<ec id=\"").append(id).append("\"/>");
        }
      } else if (code.getTagType() == TextFragment.TagType.OPENING) {
        // Okapi marks a tag whose partner lies in another segment as isolated but keeps its type.
        int id = next++;
        data.putObject(Integer.toString(id)).put("open", original);
        source.append("<sc id=\"").append(id).append("\"/>");
      } else if (code.getTagType() == TextFragment.TagType.CLOSING) {
        int id = next++;
        data.putObject(Integer.toString(id)).put("close", original);
        source.append("<ec id=\"").append(id).append("\"/>");
      } else {
        int id = next++;
        ObjectNode entry = data.putObject(Integer.toString(id));
        entry.put("data", original);
        if (isAutolink(code)) entry.put("protected", true);
        source.append("<ph id=\"").append(id).append("\"/>");
        if (isLineBreak(code, original) || hasWhitespace(original)) separate(coded, i + 2, plain, visible);
      }
      i++;
      runStart = i + 1;
    }
    ObjectNode tail = data == null ? JsonNodeFactory.instance.objectNode() : data;
    text(coded, runStart, coded.length(), source, plain, visible, next, tail);
    int protectedCodes = 0;
    for (var entry : tail.properties()) if (entry.getValue().has("protected")) protectedCodes++;
    return new Inline(source.toString(), plain.toString(), tail.isEmpty() ? null : json(tail), visible.toString(), protectedCodes);
  }

  /** An HTML {@code <br>} or a Markdown hard line break: the words on either side are two words. */
  private static boolean isLineBreak(Code code, String original) {
    String type = code.getType();
    return Code.TYPE_LB.equals(type) || "br".equals(type) || "HARD_LINE_BREAK".equals(type) || InlineCodes.isLineBreak(original);
  }

  /**
   * Markup with white space in it stands between texts, not inside a word: Okapi's Markdown filter
   * keeps an image's alt text and title as one unit joined by the code {@code ](chart.png "}, whose
   * plain text was "Nov. 2026Share price".
   */
  private static boolean hasWhitespace(String original) {
    for (int i = 0; i < original.length(); i++) if (Character.isWhitespace(original.charAt(i))) return true;
    return false;
  }

  /**
   * A Markdown autolink, {@code <https://www.stlvotes.org>} or {@code <desk@example.com>}: Okapi
   * makes it a code, which translators saw as an empty tag. It is the address itself, protected
   * and shown as a bare URL or e-mail address in the text is.
   */
  private static boolean isAutolink(Code code) {
    return "AUTO_LINK".equals(code.getType()) || "MAIL_LINK".equals(code.getType());
  }

  /**
   * Puts a space in the plain and visible text where a line break (or other separating) code stands between two words
   * ("Berlin{@code <br>}and"), so they are counted and matched as two words, not "Berlinand". None
   * at either end of the segment, nor where the text has white space there already.
   */
  private static void separate(String coded, int after, StringBuilder plain, StringBuilder visible) {
    if (plain.length() == 0 || isSpace(plain.charAt(plain.length() - 1))) return;
    int next = after;
    while (next < coded.length() && TextFragment.isMarker(coded.charAt(next))) next += 2;
    if (next >= coded.length() || isSpace(coded.charAt(next))) return;
    plain.append(' ');
    visible.append(' ');
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Appends a run of text, its URLs and e-mail addresses as protected codes; returns the next code id. */
  private static int text(String coded, int from, int to, StringBuilder source, StringBuilder plain, StringBuilder visible,
      int next, ObjectNode data) {
    if (from >= to) return next;
    String run = coded.substring(from, to);
    visible.append(run);
    Matcher matcher = PROTECTED.matcher(run);
    int last = 0;
    while (matcher.find()) {
      String before = run.substring(last, matcher.start());
      appendEscaped(source, before);
      plain.append(before);
      int id = next++;
      int end = end(run, matcher);
      ObjectNode entry = data.putObject(Integer.toString(id));
      entry.put("data", run.substring(matcher.start(), end));
      entry.put("protected", true);
      source.append("<ph id=\"").append(id).append("\"/>");
      last = end;
    }
    String rest = run.substring(last);
    appendEscaped(source, rest);
    plain.append(rest);
    return next;
  }

  /** For each marker position, whether its opening and closing both lie in the fragment and nest. */
  private static boolean[] pairing(String coded, List<Code> codes) {
    boolean[] paired = new boolean[coded.length()];
    Deque<int[]> stack = new ArrayDeque<>();
    for (int i = 0; i < coded.length(); i++) {
      char c = coded.charAt(i);
      if (!TextFragment.isMarker(c)) continue;
      Code code = codes.get(TextFragment.toIndex(coded.charAt(i + 1)));
      if (c == TextFragment.MARKER_OPENING) {
        stack.push(new int[] {code.getId(), i});
      } else if (c == TextFragment.MARKER_CLOSING && !stack.isEmpty() && stack.peek()[0] == code.getId()) {
        paired[stack.pop()[1]] = true;
        paired[i] = true;
      }
      i++;
    }
    return paired;
  }

  /** Okapi's reference to another part of the document: [#$tu2], [#$dp1] (not its own [#$$self$]). */
  private static final Pattern REFERENCE = Pattern.compile("\\[#\\$([^\\]@$]+)\\]");

  private static String original(Code code, Map<String, String> referents) {
    String data = code.getData();
    if (data == null || data.isEmpty()) data = code.getOuterData();
    if (data == null) return "";
    return code.hasReference() ? resolveReferences(data, referents) : data;
  }

  /**
   * The markup with each of Okapi's references replaced by the markup of the part it names. A
   * reference to a part never seen is dropped: the marker is Okapi's own bookkeeping, which a
   * translator must not see in a code nor a later merge take for markup.
   */
  static String resolveReferences(String markup, Map<String, String> referents) {
    if (markup.indexOf("[#$") < 0) return markup;
    return REFERENCE.matcher(markup).replaceAll(m -> Matcher.quoteReplacement(referents.getOrDefault(m.group(1), "")));
  }

  private static String json(ObjectNode data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    appendEscaped(out, text);
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
  }
}
