package org.transdesk.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target segment's plain text, cut into tokens once, in which an entry's approved renderings,
 * forbidden renderings and near misses are looked up with the entry's match mode and the target
 * language's inflection rules.
 */
public final class TargetText {
  private static final Set<String> NEAR_JOINERS = Set.of(" ", "-", "'");

  private final String text;
  private final TermMatcher matcher;
  /** The target language's stemmer and case folding. */
  private final Stemmer stemmer;
  private final Tokens tokens;
  /** A segment names few entries: a small table (the default one, 64 slots, was 5% of what lint allocates). */
  private final Map<Entry, List<Span>> approved = new IdentityHashMap<>(4);

  TargetText(String text, TermMatcher matcher) {
    this.text = text;
    this.matcher = matcher;
    this.stemmer = matcher.targetStemmer();
    this.tokens = Tokens.of(text, stemmer);
  }

  public String text() {
    return text;
  }

  /** The occurrences of the entry's approved renderings, left to right, longest first, without overlaps. */
  public List<Span> approved(Entry entry) {
    return approved.computeIfAbsent(entry, key -> List.copyOf(occurrences(matcher.targetForms(key, false))));
  }

  /** The occurrences of the entry's forbidden renderings that are not inside an approved one. */
  public List<Span> forbidden(Entry entry) {
    List<Span> approved = approved(entry);
    List<Span> result = new ArrayList<>();
    for (Span span : occurrences(matcher.targetForms(entry, true))) {
      if (!overlapsAny(span.start(), span.end(), approved)) result.add(span);
    }
    return result;
  }

  private List<Span> occurrences(List<Form> forms) {
    List<Span> spans = new ArrayList<>();
    if (forms.isEmpty()) return spans;
    int token = 0;
    while (token < tokens.size()) {
      Form best = null;
      int bestEnd = -1;
      for (Form form : forms) {
        int end = form.endAt(tokens, token, stemmer);
        if (end > bestEnd) {
          best = form;
          bestEnd = end;
        }
      }
      if (best == null) {
        token++;
        continue;
      }
      spans.add(span(token, bestEnd, best.text));
      token = bestEnd;
    }
    return spans;
  }

  /**
   * Text resembling one of a name's approved spellings without matching it: spelling variants
   * (hyphen, space or case differs, tokens joined, a token within a small edit distance) and parts
   * of the name (tokens missing). Approved and forbidden occurrences of the entry are not near
   * misses; neither is anything overlapping {@code taken} (pass other entries' approved spans so
   * "Kim" of "Kim Jong Un" is not reported as part of "Sung Kim"). Empty for entries that are not
   * names, and for spellings in scripts written without spaces (see {@link Tokens}). A partial is
   * a hint: it matters when the approved count falls short of the source's.
   */
  public List<NearMiss> nearMisses(Entry entry, List<Span> taken) {
    if (entry.type() != EntryType.NAME) return List.of();
    List<Span> blocked = new ArrayList<>(taken);
    blocked.addAll(approved(entry));
    blocked.addAll(occurrences(matcher.targetForms(entry, true)));
    List<NearMiss> found = new ArrayList<>();
    for (String expected : matcher.approved(entry)) {
      Tokens name = Tokens.of(expected);
      // In Chinese or Japanese a token is one character: a near miss would be a guess from a
      // character or two in common, and a wrong guess is worse than none. Such a name is found,
      // forbidden or missing.
      if (name.size() == 0 || name.spaceless()) continue;
      for (int first = 0; first < tokens.size(); first++) {
        spelling(name, expected, first, found);
        partial(name, expected, first, found);
      }
    }
    found.sort(Comparator.comparingInt(NearMiss::start)
        .thenComparing(Comparator.comparingInt((NearMiss miss) -> miss.end() - miss.start()).reversed())
        .thenComparing(NearMiss::kind));
    List<NearMiss> result = new ArrayList<>();
    int reached = -1;
    for (NearMiss miss : found) {
      if (miss.start() < reached || overlapsAny(miss.start(), miss.end(), blocked)) continue;
      result.add(miss);
      reached = miss.end();
    }
    return result;
  }

  /**
   * A word of the text that may be a name turned into an adjective or a demonym ("japanische" for
   * Japan, "südkoreanischen" for Südkorea, "chinesische" for China, "japonais" for Japon,
   * "Japanese" for Japan): a word other than those of the spelling whose first {@value #STEM}
   * letters are those of a word of the spelling. Null when there is none.
   */
  public String derivedWord(List<String> spellings) {
    List<String> words = new ArrayList<>();
    for (String spelling : spellings) {
      Tokens cut = Tokens.of(spelling);
      for (int w = 0; w < cut.size(); w++) if (cut.lower(w, stemmer).length() >= STEM) words.add(cut.lower(w, stemmer));
    }
    for (int token = 0; token < tokens.size() && !words.isEmpty(); token++) {
      String lowerWord = tokens.lower(token, stemmer);
      if (lowerWord.length() <= STEM) continue;
      for (String word : words) {
        if (word.regionMatches(0, lowerWord, 0, STEM) && !word.equals(lowerWord)) return tokens.exact(token);
      }
    }
    return null;
  }

  /** How many first letters a derived word shares with the name. */
  private static final int STEM = 4;

  /** {@link #nearMisses(Entry, List)} with nothing taken by other entries. */
  public List<NearMiss> nearMisses(Entry entry) {
    return nearMisses(entry, List.of());
  }

  private void spelling(Tokens name, String expected, int first, List<NearMiss> found) {
    int size = name.size();
    // All tokens there, in order and side by side, each equal ignoring case or within a small edit
    // distance: also when every one is misspelled ("Angla Merkl"), which is the name written wrong,
    // not a word derived from it.
    if (first + size <= tokens.size() && joined(first, first + size)) {
      boolean all = true;
      for (int k = 0; k < size && all; k++) {
        String actual = tokens.lower(first + k, stemmer);
        String wanted = name.lower(k, stemmer);
        boolean last = k == size - 1;
        all = actual.equals(wanted) || (last && actual.equals(wanted + "s")) || isTypo(actual, wanted, size > 1);
      }
      if (all) found.add(miss(first, first + size, expected, NearMiss.Kind.SPELLING));
    }
    // Fewer tokens whose letters are the name's letters: tokens run together ("Noh Kyuduk").
    String letters = concatenated(name, 0, size);
    StringBuilder window = new StringBuilder();
    for (int end = first + 1; end <= tokens.size() && end - first < size; end++) {
      if (end - 1 > first && !NEAR_JOINERS.contains(tokens.gapBefore(end - 1))) break;
      window.append(tokens.lower(end - 1, stemmer));
      if (window.length() > letters.length()) break;
      if (window.toString().equals(letters)) found.add(miss(first, end, expected, NearMiss.Kind.SPELLING));
    }
  }

  /**
   * Some of the name's tokens in order, spelled exactly (case included), the others missing. The
   * last of them may carry an ending the whole name may take ("Bolts" is part of "Usain Bolt" as
   * "Bolt" is, as "Usain Bolts" is the name).
   */
  private void partial(Tokens name, String expected, int first, List<NearMiss> found) {
    int size = name.size();
    if (size < 2) return;
    int k = 0;
    int end = first;
    while (end < tokens.size() && end - first < size - 1) {
      if (end > first && !NEAR_JOINERS.contains(tokens.gapBefore(end))) break;
      String actual = tokens.exact(end);
      int at = indexOf(name, k, actual);
      boolean ending = false;
      for (Word.Ending each : matcher.nameEndings()) {
        if (at < size) break;
        String bare = tokens.keyWithout(end, each, MatchMode.EXACT, stemmer);
        if (bare == null) continue;
        at = indexOf(name, k, bare);
        actual = bare;
        ending = true;
      }
      if (at == size) break;
      k = at + 1;
      end++;
      // One short token alone ("Un", French "un") is too common to mean the name.
      if (end - first > 1 || actual.length() >= 3) found.add(miss(first, end, expected, NearMiss.Kind.PARTIAL));
      // An ending ends the name.
      if (ending) break;
    }
  }

  /** The first of the name's tokens from {@code from} on spelled {@code exact}, or the name's size when none is. */
  private static int indexOf(Tokens name, int from, String exact) {
    int k = from;
    while (k < name.size() && !name.exact(k).equals(exact)) k++;
    return k;
  }

  private boolean joined(int from, int to) {
    for (int token = from + 1; token < to; token++) if (!NEAR_JOINERS.contains(tokens.gapBefore(token))) return false;
    return true;
  }

  private String concatenated(Tokens name, int from, int to) {
    StringBuilder letters = new StringBuilder();
    for (int k = from; k < to; k++) letters.append(name.lower(k, stemmer));
    return letters.toString();
  }

  /**
   * A misspelling rather than another word: not the name with an ending added ("Japaner" is not
   * "Japan" misspelled), and within 1 edit for tokens of 3 (only inside a longer name) to 5
   * letters, 2 edits from 6 letters.
   */
  private static boolean isTypo(String actual, String wanted, boolean partOfLongerName) {
    if (actual.startsWith(wanted)) return false;
    int length = wanted.length();
    int allowed = length >= 6 ? 2 : length >= 4 ? 1 : length == 3 && partOfLongerName ? 1 : 0;
    return allowed > 0 && Math.abs(actual.length() - length) <= allowed && editDistance(actual, wanted, allowed) <= allowed;
  }

  /** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), capped at limit + 1. */
  static int editDistance(String a, String b, int limit) {
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > limit) return limit + 1;
      int[] rotate = previous2;
      previous2 = previous;
      previous = current;
      current = rotate;
    }
    return Math.min(previous[b.length()], limit + 1);
  }

  private Span span(int first, int end, String variant) {
    int start = tokens.start(first);
    int stop = tokens.end(end - 1);
    return new Span(start, stop, text.substring(start, stop), variant);
  }

  private NearMiss miss(int first, int end, String expected, NearMiss.Kind kind) {
    int start = tokens.start(first);
    int stop = tokens.end(end - 1);
    return new NearMiss(start, stop, text.substring(start, stop), expected, kind);
  }

  private static boolean overlapsAny(int start, int end, List<Span> spans) {
    for (Span span : spans) if (span.overlaps(start, end)) return true;
    return false;
  }
}
