package org.transdesk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.GeneralChecker;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import org.transdesk.Language;

/**
 * Leading and trailing white space, through Okapi's {@link GeneralChecker} (its white-space checks
 * only), and doubled spaces inside the text, which Okapi does not look for.
 */
final class WhitespaceCheck {
  /** What differs: the rule, the white space found in the target and the one expected from the source. */
  record Difference(Rule rule, String expected, String found) {}

  private static final Pattern LAYOUT = Pattern.compile("(?:\\r\\n|\\r|\\n)[ \\t]*");

  private final Parameters parameters = new Parameters();
  private final List<Issue> issues = new ArrayList<>();

  WhitespaceCheck() {
    parameters.reset();
    parameters.setEmptyTarget(false);
    parameters.setEmptySource(false);
    parameters.setTargetSameAsSource(false);
    parameters.setCheckPatterns(false);
    parameters.setDoubledWord(false);
    parameters.setLeadingWS(true);
    parameters.setTrailingWS(true);
  }

  /** Leading and trailing white-space differences between two non-empty texts. */
  List<Difference> ends(String sourceNeutral, InlineText source, String targetNeutral, InlineText target,
      Language sourceLanguage, Language targetLanguage) {
    if (!spaceAtEnds(sourceNeutral) && !spaceAtEnds(targetNeutral)) return List.of();
    LocaleId sourceLocale = LocaleId.fromBCP47(sourceLanguage.tag());
    LocaleId targetLocale = LocaleId.fromBCP47(targetLanguage.tag());
    TextUnit unit = new TextUnit("1");
    unit.setSourceContent(fragment(source));
    unit.setTargetContent(targetLocale, fragment(target));
    issues.clear();
    GeneralChecker checker = new GeneralChecker();
    checker.startProcess(sourceLocale, targetLocale, parameters, issues);
    checker.processTextUnit(unit);
    boolean leading = false;
    boolean trailing = false;
    for (Issue issue : issues) {
      IssueType type = issue.getIssueType();
      leading |= type == IssueType.MISSING_LEADINGWS || type == IssueType.MISSINGORDIFF_LEADINGWS
          || type == IssueType.EXTRA_LEADINGWS || type == IssueType.EXTRAORDIFF_LEADINGWS;
      trailing |= type == IssueType.MISSING_TRAILINGWS || type == IssueType.MISSINGORDIFF_TRAILINGWS
          || type == IssueType.EXTRA_TRAILINGWS || type == IssueType.EXTRAORDIFF_TRAILINGWS;
    }
    String sourceLeading = leadingSpace(source.plain());
    String targetLeading = leadingSpace(target.plain());
    String sourceTrailing = trailingSpace(source.plain());
    String targetTrailing = trailingSpace(target.plain());
    leading &= !layoutOnly(sourceLeading, targetLeading);
    trailing &= !layoutOnly(sourceTrailing, targetTrailing);
    List<Difference> differences = new ArrayList<>(2);
    if (leading) {
      differences.add(new Difference(Rule.WHITESPACE_LEADING, sourceLeading, targetLeading));
    }
    if (trailing) {
      differences.add(new Difference(Rule.WHITESPACE_TRAILING, sourceTrailing, targetTrailing));
    }
    return differences;
  }

  /**
   * The first doubled space of the target with the words around it, when the target has more
   * doubled spaces than the source. Runs with a line break or tab are layout, not typing, and do
   * not count.
   */
  static String doubledSpace(String sourcePlain, String targetPlain) {
    String inner = targetPlain.strip();
    int inTarget = doubledSpaces(inner, null);
    if (inTarget == 0 || inTarget <= doubledSpaces(sourcePlain.strip(), null)) return null;
    int[] first = new int[1];
    doubledSpaces(inner, first);
    int start = first[0];
    while (start > 0 && !isWhite(inner.charAt(start - 1))) start--;
    int end = first[0];
    while (end < inner.length() && isSpace(inner.charAt(end))) end++;
    while (end < inner.length() && !isWhite(inner.charAt(end))) end++;
    return inner.substring(start, end);
  }

  /** Counts runs of two or more spaces (plain or no-break) only; {@code first[0]} gets the first one's start. */
  private static int doubledSpaces(String text, int[] first) {
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isWhite(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean spacesOnly = true;
      while (i < text.length() && isWhite(text.charAt(i))) {
        spacesOnly &= isSpace(text.charAt(i));
        i++;
      }
      if (spacesOnly && i - start >= 2) {
        if (count == 0 && first != null) first[0] = start;
        count++;
      }
    }
    return count;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }

  /**
   * True when the two runs of white space differ only by the indentation of a pretty-printed XML
   * file (a line break followed by spaces or tabs): layout, not content. XLIFF 1.2 leaves such white
   * space to the application unless xml:space="preserve" (XLIFF 1.2, xml:space).
   */
  private static boolean layoutOnly(String a, String b) {
    if (!isIndented(a) && !isIndented(b)) return false;
    return LAYOUT.matcher(a).replaceAll("").equals(LAYOUT.matcher(b).replaceAll(""));
  }

  private static boolean isIndented(String space) {
    Matcher m = LAYOUT.matcher(space);
    while (m.find()) if (m.end() - m.start() >= 3) return true;
    return false;
  }

  private static boolean spaceAtEnds(String text) {
    return !text.isEmpty() && (isWhite(text.charAt(0)) || isWhite(text.charAt(text.length() - 1)));
  }

  private static boolean isWhite(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String leadingSpace(String text) {
    int i = 0;
    while (i < text.length() && isWhite(text.charAt(i))) i++;
    return text.substring(0, i);
  }

  private static String trailingSpace(String text) {
    int i = text.length();
    while (i > 0 && isWhite(text.charAt(i - 1))) i--;
    return text.substring(i);
  }

  private static TextFragment fragment(InlineText text) {
    TextFragment fragment = new TextFragment();
    for (InlineText.Piece piece : text.pieces()) {
      if (piece.code() == null) {
        fragment.append(piece.text());
        continue;
      }
      int id = Math.abs(piece.code().id().hashCode());
      switch (piece.code().kind()) {
        case PC_OPEN, SC -> fragment.append(TagType.OPENING, "x", "", id);
        case PC_CLOSE, EC -> fragment.append(TagType.CLOSING, "x", "", id);
        default -> fragment.append(TagType.PLACEHOLDER, "x", "", id);
      }
    }
    return fragment;
  }

  /** White space in words a translator reads: "a space", "2 spaces", "a line break", "nothing". */
  static String describe(String space) {
    if (space.isEmpty()) return "nothing";
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < space.length()) {
      char c = space.charAt(i);
      int run = 1;
      while (i + run < space.length() && space.charAt(i + run) == c) run++;
      if (out.length() > 0) out.append(" and ");
      out.append(run == 1 ? "a " + name(c) : run + " " + name(c) + "s");
      i += run;
    }
    return out.toString();
  }

  private static String name(char c) {
    return switch (c) {
      case ' ' -> "space";
      case '\t' -> "tab";
      case '\n', '\r' -> "line break";
      case '\u00A0' -> "no-break space";
      case '\u202F' -> "narrow no-break space";
      default -> String.format(java.util.Locale.ROOT, "U+%04X white space", (int) c);
    };
  }
}
