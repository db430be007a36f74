package org.transdesk.ingest;

import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Keeps SRX rules linear on long runs of letters. A rule whose before-break pattern starts with a
 * repeated class, such as Okapi's default {@code [\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{Nd}]+\s*...[.?!]+},
 * is tried by Okapi's segmenter from every position: inside a run of n letters with no sentence end
 * (a long word, a URL, a paragraph of Chinese) each try scans to the end of the run, n² steps; a
 * 20,000-character run took minutes (found by fuzzing ingest).
 *
 * <p>The guard {@code (?:\G|(?<!X))} lets such a pattern start only where the search starts or
 * where a run of X starts. That finds the same matches: Okapi's segmenter takes the leftmost match
 * from each search start (SRXSegmenter.computeSegments), and whenever X+ can match from inside a
 * run it can also match from the run's first character, which is further left.
 */
final class RuleGuard {
  private RuleGuard() {}

  /** Guards every rule of the document in place. */
  static void guard(SRXDocument document) {
    document.getAllLanguageRules().values().forEach(rules -> {
      for (Rule rule : rules) rule.setBefore(guard(rule.getBefore()));
    });
  }

  /** The pattern with the guard in front when it starts with a class repeated without upper bound; else as it was. */
  static String guard(String before) {
    if (before == null || before.isEmpty() || before.startsWith("(?:\\G|(?<!")) return before;
    String atom = leadingRun(before);
    if (atom == null && (before.startsWith("(?:") || (before.startsWith("(") && !before.startsWith("(?")))) {
      atom = leadingRunOfEveryAlternative(before);
    }
    return atom == null ? before : "(?:\\G|(?<!" + atom + "))" + before;
  }

  /** The atom X when the pattern starts with X+, X* or X{n,}; else null. */
  private static String leadingRun(String p) {
    int atom = atomEnd(p);
    if (atom <= 0 || atom >= p.length() || unboundedQuantifierEnd(p, atom) < 0) return null;
    return p.substring(0, atom);
  }

  /**
   * For a pattern opening with a group such as {@code ([0-9]+\.[0-9]+|[0-9]*\.[0-9]+)}: the atom X
   * when every alternative of that group starts with a run of the same X; else null.
   */
  private static String leadingRunOfEveryAlternative(String p) {
    int start = p.startsWith("(?:") ? 3 : 1;
    String common = null;
    int alternative = start;
    int depth = 0;
    for (int i = start; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(p, i) - 1;
        if (i < 0) return null;
      } else if (c == '(') {
        depth++;
      } else if ((c == '|' || c == ')') && depth == 0) {
        String run = leadingRun(p.substring(alternative, i));
        if (run == null || (common != null && !common.equals(run))) return null;
        common = run;
        if (c == ')') return common;
        alternative = i + 1;
      } else if (c == ')') {
        depth--;
      }
    }
    return null;
  }

  /** Where the leading single-character atom ends (a class, \p{..}, \w-style escape or .), or -1. */
  private static int atomEnd(String p) {
    char first = p.charAt(0);
    if (first == '.') return 1;
    if (first == '[') return classEnd(p, 0);
    if (first == '\\' && p.length() > 1) {
      char kind = p.charAt(1);
      if ("wWdDsShHvV".indexOf(kind) >= 0) return 2;
      if ((kind == 'p' || kind == 'P') && p.length() > 2) {
        if (p.charAt(2) != '{') return 3;
        int close = p.indexOf('}', 3);
        return close < 0 ? -1 : close + 1;
      }
    }
    return -1;
  }

  /** The end of the character class opening at {@code open}, nested classes and escapes included, or -1. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && p.charAt(i) == '^') i++;
    if (i < p.length() && p.charAt(i) == ']') i++;
    int depth = 1;
    for (; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The end of a +, * or {n,} quantifier (greedy or possessive) at {@code at}, or -1 for none, a bounded or a lazy one. */
  private static int unboundedQuantifierEnd(String p, int at) {
    char c = p.charAt(at);
    int end;
    if (c == '+' || c == '*') {
      end = at + 1;
    } else if (c == '{') {
      int close = p.indexOf('}', at);
      if (close < 0 || !p.substring(at + 1, close).matches("\\d+,")) return -1;
      end = close + 1;
    } else {
      return -1;
    }
    if (end < p.length() && p.charAt(end) == '?') return -1;
    return end;
  }
}
