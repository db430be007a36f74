package org.transdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.transdesk.glossary.Entry;
import org.transdesk.glossary.EntryType;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.NearMiss;
import org.transdesk.glossary.Span;
import org.transdesk.glossary.TargetText;
import org.transdesk.glossary.TermMatcher;

/**
 * The glossary checks: every name, title and term the matcher finds in the source must be in the
 * target, as often as in the source, with an approved rendering and no forbidden one. What is
 * missing is explained by what was found instead: a forbidden variant, a near spelling, or part of
 * the name.
 */
final class GlossaryCheck {
  private final TermMatcher matcher;

  GlossaryCheck(TermMatcher matcher) {
    this.matcher = matcher;
  }

  /** The source's glossary matches, for callers that also need them (identical-target check). */
  List<Match> find(String sourcePlain) {
    return matcher.find(sourcePlain);
  }

  void check(TranslationPair pair, List<Match> matches, String sourcePlain, String targetPlain, List<Finding> findings) {
    if (matches.isEmpty()) return;
    // The entries in order of first occurrence and how often each occurs, told apart by identity
    // (the glossary merges equal entries), not by hash: hashing an entry reads its source form, a
    // cache miss per match with a large glossary.
    List<Entry> entries = new ArrayList<>(matches.size());
    int[] counts = new int[matches.size()];
    for (Match match : matches) {
      int index = indexOf(entries, match.entry());
      if (index < 0) {
        index = entries.size();
        entries.add(match.entry());
      }
      counts[index]++;
    }
    TargetText target = matcher.target(targetPlain);
    List<List<Span>> approved = new ArrayList<>(entries.size());
    for (Entry entry : entries) approved.add(target.approved(entry));
    // Most segments are right: the findings are written by methods of their own, so the common
    // path stays small (the JIT compiler recompiled this method whole as rarer paths turned up).
    for (int index = 0; index < entries.size(); index++) {
      Entry entry = entries.get(index);
      int inSource = counts[index];
      int found = approved.get(index).size();
      List<Span> forbidden = target.forbidden(entry);
      if (!forbidden.isEmpty()) forbidden(pair, matches, entry, forbidden, findings);
      int missing = inSource - found - forbidden.size();
      if (missing > 0) {
        missing(pair, matches, sourcePlain, entry, inSource, found, forbidden.size(), missing, target, approved, index, findings);
      }
    }
  }

  private static int indexOf(List<Entry> entries, Entry entry) {
    for (int i = 0; i < entries.size(); i++) if (entries.get(i) == entry) return i;
    return -1;
  }

  /** A finding for each forbidden rendering of the entry in the target. */
  private void forbidden(TranslationPair pair, List<Match> matches, Entry entry, List<Span> forbidden, List<Finding> findings) {
    String sourceText = firstText(matches, entry);
    List<String> wanted = matcher.approved(entry);
    for (Span span : forbidden) {
      if (entry.type() == EntryType.NAME) {
        findings.add(Checker.finding(pair, Rule.NAME_MISSPELLED, Severity.ERROR, span.text(),
            "the name '" + sourceText + "' is written '" + span.text() + "', a spelling the glossary forbids: write '"
                + use(entry, wanted) + "'"));
      } else {
        findings.add(Checker.finding(pair, Rule.TERM_FORBIDDEN, Severity.ERROR, span.text(),
            "the " + entry.type().spelling() + " '" + sourceText + "' is rendered '" + span.text()
                + "', which the glossary forbids: use '" + alternatives(wanted) + "'"));
      }
    }
  }

  /**
   * The findings for an entry occurring {@code missing} times fewer with an approved rendering in
   * the target than in the source (forbidden renderings already reported): near misses of a name,
   * then what is still missing.
   */
  private void missing(TranslationPair pair, List<Match> matches, String sourcePlain, Entry entry, int inSource, int found,
      int explained, int missing, TargetText target, List<List<Span>> approved, int index, List<Finding> findings) {
    List<String> wanted = matcher.approved(entry);
    // An entry the glossary renders only in other languages (or only forbids here), or a name
    // whose source spelling is in another script, asks nothing of this target: there is no
    // approved rendering to require.
    if (wanted.isEmpty()) return;
    String sourceText = firstText(matches, entry);
    String use = use(entry, wanted);
    String kind = entry.type().spelling();
    if (entry.type() == EntryType.NAME) {
      List<Span> taken = new ArrayList<>();
      List<Span> own = approved.get(index);
      for (List<Span> spans : approved) for (Span span : spans) if (!own.contains(span)) taken.add(span);
      for (NearMiss miss : target.nearMisses(entry, taken)) {
        if (missing <= 0) break;
        missing--;
        if (miss.kind() == NearMiss.Kind.SPELLING) {
          findings.add(Checker.finding(pair, Rule.NAME_MISSPELLED, Severity.ERROR, miss.text(),
              "the name '" + sourceText + "' is misspelled as '" + miss.text() + "': write '" + miss.expected() + "'"));
        } else {
          findings.add(Checker.finding(pair, Rule.NAME_MISSING, Severity.ERROR, miss.text(),
              "the name '" + sourceText + "' is only partly there, as '" + miss.text() + "': write the full name '"
                  + miss.expected() + "'"));
        }
      }
      if (missing <= 0) return;
    }

    if (found == 0 && explained == 0) {
      if (mayBeInsideWords(matches, entry, sourcePlain)) {
        findings.add(Checker.finding(pair, entry.type() == EntryType.NAME ? Rule.NAME_MISSING : Rule.TERM_NOT_APPROVED,
            Severity.WARNING, sourceText, "the " + kind + " '" + sourceText + "' is not in the target, but in the source it"
                + " stands inside a run of characters where it may be part of another word: check it, or write '" + use + "'"));
      } else if (entry.type() == EntryType.NAME) {
        // "Japan's government" is "die japanische Regierung": a name may live on as an adjective,
        // which the check cannot confirm; it asks instead of failing.
        String derived = target.derivedWord(wanted);
        if (derived != null) {
          findings.add(Checker.finding(pair, Rule.NAME_MISSING, Severity.WARNING, derived,
              "the name '" + sourceText + "' of the source is not in the target; '" + derived
                  + "' may stand for it: check it, or write '" + use + "'"));
        } else {
          findings.add(Checker.finding(pair, Rule.NAME_MISSING, Severity.ERROR, sourceText,
              "the name '" + sourceText + "' of the source is missing from the target: write '" + use + "'"));
        }
      } else {
        Severity severity = entry.type() == EntryType.TITLE ? Severity.ERROR : Severity.WARNING;
        findings.add(Checker.finding(pair, Rule.TERM_NOT_APPROVED, severity, sourceText,
            "the " + kind + " '" + sourceText + "' is not rendered with an approved translation: use '"
                + alternatives(wanted) + "'"));
      }
    } else {
      int present = inSource - missing;
      findings.add(Checker.finding(pair, Rule.TERM_COUNT, Rule.TERM_COUNT.severity(), sourceText,
          "the " + kind + " '" + sourceText + "' occurs " + times(inSource) + " in the source but only " + times(present)
              + " in the target: render every occurrence as '" + use + "'"));
    }
  }

  /** Whether every occurrence of the entry in the source may be part of a longer word ({@link Match#mayBeInsideAWord}). */
  private static boolean mayBeInsideWords(List<Match> matches, Entry entry, String sourcePlain) {
    for (Match match : matches) if (match.entry() == entry && !match.mayBeInsideAWord(sourcePlain)) return false;
    return true;
  }

  /** The spelling to suggest: the first approved rendering, else the source form. */
  private static String use(Entry entry, List<String> wanted) {
    return wanted.isEmpty() ? entry.source() : wanted.get(0);
  }

  /** True when the source is nothing but glossary names, numbers and signs. */
  static boolean onlyNames(String sourcePlain, List<Match> matches) {
    if (matches.isEmpty()) return false;
    StringBuilder rest = new StringBuilder(sourcePlain);
    for (int i = matches.size() - 1; i >= 0; i--) {
      Match match = matches.get(i);
      if (match.entry().type() == EntryType.NAME) rest.replace(match.start(), match.end(), " ");
    }
    return Checker.onlyNamesNumbersAndSigns(rest.toString());
  }

  private static String firstText(List<Match> matches, Entry entry) {
    for (Match match : matches) if (match.entry() == entry) return match.text();
    return entry.source();
  }

  private static String alternatives(List<String> wanted) {
    if (wanted.isEmpty()) return "";
    if (wanted.size() == 1) return wanted.get(0);
    return String.join("' or '", wanted);
  }

  private static String times(int count) {
    return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
  }
}
