package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.transdesk.Language;

/**
 * Finds glossary entries in source texts, and their renderings in target texts, for one language
 * pair. Entries are indexed by the key of their first token (per match mode), so the cost per
 * segment depends on the segment's length, not on the glossary's size. Thread-safe once built.
 */
public final class TermMatcher {
  private record Candidate(Entry entry, int order, Form form) {}

  private final Language source;
  private final Language target;
  private final Stemmer sourceStemmer;
  private final Stemmer targetStemmer;
  private final Map<MatchMode, Map<String, List<Candidate>>> index = new EnumMap<>(MatchMode.class);
  /** One-token names that take a genitive "s", by mode and key: looked up with the "s" removed. */
  private final Map<MatchMode, Map<String, List<Candidate>>> possessives = new EnumMap<>(MatchMode.class);
  /** Compiled target renderings per entry: [0] approved, [1] forbidden. */
  private final Map<Entry, List<List<Form>>> targetForms = new ConcurrentHashMap<>();

  TermMatcher(List<Entry> entries, Language source, Language target) {
    this.source = source;
    this.target = target;
    this.sourceStemmer = Stemmer.of(source);
    this.targetStemmer = Stemmer.of(target);
    int order = 0;
    for (Entry entry : entries) {
      Map<String, List<Candidate>> byFirst = index.computeIfAbsent(entry.match(), mode -> new HashMap<>());
      for (String text : entry.sources()) {
        Form form = Form.of(text, entry.match(), entry.type(), source.primary(), sourceStemmer);
        if (form.size() == 0) continue;
        Candidate candidate = new Candidate(entry, order, form);
        byFirst.computeIfAbsent(form.keys[0], key -> new ArrayList<>(1)).add(candidate);
        if (form.size() == 1 && form.possessive) {
          possessives.computeIfAbsent(entry.match(), mode -> new HashMap<>())
              .computeIfAbsent(form.keys[0], key -> new ArrayList<>(1)).add(candidate);
        }
      }
      order++;
    }
  }

  public Language source() {
    return source;
  }

  public Language target() {
    return target;
  }

  /**
   * The entries in a source segment's plain text, left to right, without overlaps: at each
   * position the longest match wins ("US President Joe Biden" over "Joe Biden"), then the entry
   * that comes first in the glossary.
   */
  public List<Match> find(String plain) {
    Tokens tokens = Tokens.of(plain);
    List<Match> matches = new ArrayList<>();
    int token = 0;
    while (token < tokens.size()) {
      Candidate best = null;
      int bestEnd = -1;
      for (Map.Entry<MatchMode, Map<String, List<Candidate>>> byMode : index.entrySet()) {
        MatchMode mode = byMode.getKey();
        Map<String, List<Candidate>> byFirst = byMode.getValue();
        List<Candidate> candidates = byFirst.get(Form.key(tokens, token, mode, sourceStemmer));
        if (candidates != null) {
          for (Candidate candidate : candidates) {
            int end = candidate.form.endAt(tokens, token, sourceStemmer);
            if (end > bestEnd || (end == bestEnd && end >= 0 && candidate.order < best.order)) {
              best = candidate;
              bestEnd = end;
            }
          }
        }
        // A one-token name with a genitive "s" ("Japans", "Bidens") is filed under the bare key.
        Map<String, List<Candidate>> byBare = possessives.get(mode);
        String bare = byBare == null ? null : Form.keyWithoutS(tokens, token, mode, sourceStemmer);
        List<Candidate> genitives = bare == null ? null : byBare.get(bare);
        if (genitives != null) {
          for (Candidate candidate : genitives) {
            int end = token + 1;
            if (end > bestEnd || (end == bestEnd && candidate.order < best.order)) {
              best = candidate;
              bestEnd = end;
            }
          }
        }
      }
      if (best == null || bestEnd < 0) {
        token++;
        continue;
      }
      int start = tokens.start(token);
      int end = tokens.end(bestEnd - 1);
      matches.add(new Match(best.entry, start, end, plain.substring(start, end)));
      token = bestEnd;
    }
    return matches;
  }

  /** How many times each entry occurs among the matches, in order of first occurrence. */
  public static Map<Entry, Integer> count(List<Match> matches) {
    Map<Entry, Integer> counts = new LinkedHashMap<>();
    for (Match match : matches) counts.merge(match.entry(), 1, Integer::sum);
    return Collections.unmodifiableMap(counts);
  }

  /** A target segment's plain text, cut once, ready for {@link TargetText#approved} and the other look-ups. */
  public TargetText target(String plain) {
    return new TargetText(plain, this);
  }

  Stemmer targetStemmer() {
    return targetStemmer;
  }

  /** The entry's approved (or forbidden) renderings for this matcher's target language, compiled once. */
  List<Form> targetForms(Entry entry, boolean forbidden) {
    return targetForms.computeIfAbsent(entry, this::compileTargetForms).get(forbidden ? 1 : 0);
  }

  private List<List<Form>> compileTargetForms(Entry entry) {
    return List.of(compile(entry, entry.approved(target)), compile(entry, entry.forbidden(target)));
  }

  private List<Form> compile(Entry entry, List<String> texts) {
    List<Form> forms = new ArrayList<>(texts.size());
    for (String text : texts) {
      Form form = Form.of(text, entry.match(), entry.type(), target.primary(), targetStemmer);
      if (form.size() > 0) forms.add(form);
    }
    return List.copyOf(forms);
  }
}
