package org.transdesk.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.transdesk.Language;
import org.transdesk.check.Checker;
import org.transdesk.glossary.EntryType;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TermMatcher;

/**
 * The checker and the names-only rule for each language pair of an import, built once per pair
 * from the desk's glossary (or without one).
 */
final class PairChecks {
  /** What one language pair checks with. */
  record Pair(Checker checker, Predicate<String> namesOnly) {}

  private final Glossary glossary;
  private final Map<String, Pair> pairs = new HashMap<>();

  PairChecks(Glossary glossary) {
    this.glossary = glossary;
  }

  Pair of(Language source, Language target) {
    return pairs.computeIfAbsent(source + ">" + target, k -> {
      if (glossary == null) return new Pair(Checker.basic(), Neutral::hasNoLetter);
      TermMatcher matcher = glossary.matcher(source, target);
      return new Pair(Checker.withGlossary(matcher), plain -> namesOnly(matcher, plain));
    });
  }

  /**
   * True when the text has no letter outside the glossary's names whose approved rendering in the
   * target language is the source spelling itself: such a segment may be translated by itself
   * ("Kim Jong Un", "Joe Biden, 2019"). Numbers, punctuation and codes never count as letters.
   */
  static boolean namesOnly(TermMatcher matcher, String plain) {
    if (Neutral.hasNoLetter(plain)) return true;
    List<Match> matches = matcher.find(plain);
    if (matches.isEmpty()) return false;
    StringBuilder rest = new StringBuilder(plain);
    for (Match m : matches) {
      if (m.entry().type() != EntryType.NAME || !m.entry().approved(matcher.target()).contains(m.text())) continue;
      for (int i = m.start(); i < m.end(); i++) rest.setCharAt(i, ' ');
    }
    return Neutral.hasNoLetter(rest.toString());
  }
}
