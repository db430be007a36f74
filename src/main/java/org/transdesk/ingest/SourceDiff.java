package org.transdesk.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.transdesk.store.SourceSegment;
import org.transdesk.store.StoredSegment;

/**
 * Compares a document's stored segments with a new version's sentences. A new sentence whose
 * fingerprint equals a stored one keeps that segment (in order where possible, else as a moved
 * sentence); one whose fingerprint equals a segment an earlier version dropped restores that
 * segment (an edit undone). The rest are added or dropped, except that an added and a dropped
 * sentence lying in the same gap between two kept neighbours are paired as one changed sentence
 * when their plain texts are at least {@value #SIMILAR} similar (1 - Levenshtein distance / length
 * of the longer), and, after that, an added and a dropped sentence anywhere in the document (a
 * paragraph moved and edited) when they are at least {@value #MOVED_SIMILAR} similar; the most
 * similar pairs first.
 */
final class SourceDiff {
  static final double SIMILAR = 0.5;
  static final double MOVED_SIMILAR = 0.8;
  /** Edit-distance cells spent pairing sentences across the document, so a rewritten long article stays fast. */
  private static final long MOVED_CELLS = 20_000_000L;
  /** Longest sequences compared with a full LCS table; longer documents use a greedy in-order match. */
  private static final long LCS_CELLS = 4_000_000L;
  /** In a large gap, a sentence is only compared with dropped ones this close to its place. */
  private static final int WINDOW = 64;

  /** What becomes of a new sentence. */
  enum Kind { KEPT, RESTORED, CHANGED, ADDED }

  /** One new sentence and the stored segment it keeps, restores or changes (null when added). */
  record Entry(SourceSegment segment, StoredSegment old, Kind kind) {
    boolean isKept() {
      return kind == Kind.KEPT;
    }

    boolean isRestored() {
      return kind == Kind.RESTORED;
    }

    boolean isChanged() {
      return kind == Kind.CHANGED;
    }

    boolean isAdded() {
      return kind == Kind.ADDED;
    }
  }

  /** The new version in order, and the stored segments it no longer has. */
  record Plan(List<Entry> entries, List<StoredSegment> dropped) {}

  private SourceDiff() {}

  static Plan plan(List<StoredSegment> old, List<SourceSegment> fresh) {
    return plan(old, Map.of(), fresh);
  }

  /**
   * @param droppedBefore segments earlier versions dropped, by fingerprint (the one to restore for a
   *     sentence that comes back)
   */
  static Plan plan(List<StoredSegment> old, Map<String, StoredSegment> droppedBefore, List<SourceSegment> fresh) {
    int n = fresh.size();
    int m = old.size();
    int[] match = new int[n];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[m];
    boolean[] anchor = new boolean[n];

    if ((long) (n + 1) * (m + 1) <= LCS_CELLS) lcs(old, fresh, match);
    else greedyInOrder(old, fresh, match);
    for (int j = 0; j < n; j++) {
      if (match[j] >= 0) {
        used[match[j]] = true;
        anchor[j] = true;
      }
    }
    Map<String, List<Integer>> byHash = new HashMap<>();
    for (int i = 0; i < m; i++) if (!used[i]) byHash.computeIfAbsent(old.get(i).sourceSha256(), h -> new ArrayList<>()).add(i);
    for (int j = 0; j < n; j++) {
      if (match[j] >= 0) continue;
      List<Integer> candidates = byHash.get(fresh.get(j).sourceSha256());
      if (candidates == null || candidates.isEmpty()) continue;
      int i = candidates.remove(0);
      match[j] = i;
      used[i] = true;
    }
    StoredSegment[] restored = new StoredSegment[n];
    Map<String, StoredSegment> restorable = new HashMap<>(droppedBefore);
    for (int k = 0; k < n; k++) {
      if (match[k] < 0) restored[k] = restorable.remove(fresh.get(k).sourceSha256());
    }

    boolean[] changed = new boolean[n];
    int j = 0;
    int oldBefore = -1;
    while (j < n) {
      if (anchor[j]) {
        oldBefore = match[j];
        j++;
        continue;
      }
      int start = j;
      while (j < n && !anchor[j]) j++;
      int oldAfter = j < n ? match[j] : m;
      pairChanges(old, fresh, match, used, changed, restored, start, j, oldBefore + 1, oldAfter);
    }
    pairMoved(old, fresh, match, used, changed, restored);

    List<Entry> entries = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      if (restored[k] != null) entries.add(new Entry(fresh.get(k), restored[k], Kind.RESTORED));
      else if (match[k] < 0) entries.add(new Entry(fresh.get(k), null, Kind.ADDED));
      else entries.add(new Entry(fresh.get(k), old.get(match[k]), changed[k] ? Kind.CHANGED : Kind.KEPT));
    }
    List<StoredSegment> dropped = new ArrayList<>();
    for (int i = 0; i < m; i++) if (!used[i]) dropped.add(old.get(i));
    return new Plan(entries, dropped);
  }

  /** Pairs added sentences [from, to) with dropped ones [oldFrom, oldTo) that are similar enough. */
  private static void pairChanges(List<StoredSegment> old, List<SourceSegment> fresh, int[] match, boolean[] used,
      boolean[] changed, StoredSegment[] restored, int from, int to, int oldFrom, int oldTo) {
    List<Pair> pairs = new ArrayList<>();
    for (int j = from; j < to; j++) {
      if (match[j] >= 0 || restored[j] != null) continue;
      int centre = oldFrom + (j - from);
      int lo = Math.max(oldFrom, centre - WINDOW);
      int hi = Math.min(oldTo, centre + WINDOW + 1);
      if (oldTo - oldFrom <= 2 * WINDOW) {
        lo = oldFrom;
        hi = oldTo;
      }
      for (int i = lo; i < hi; i++) {
        if (used[i]) continue;
        double similarity = similarity(fresh.get(j).plain(), old.get(i).plain());
        if (similarity >= SIMILAR) pairs.add(new Pair(j, i, similarity));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
        .thenComparingInt(p -> Math.abs((p.fresh() - from) - (p.old() - oldFrom)))
        .thenComparingInt(Pair::fresh));
    take(pairs, match, used, changed);
  }

  private record Pair(int fresh, int old, double similarity) {}

  private static void take(List<Pair> pairs, int[] match, boolean[] used, boolean[] changed) {
    for (Pair pair : pairs) {
      if (match[pair.fresh()] >= 0 || used[pair.old()]) continue;
      match[pair.fresh()] = pair.old();
      used[pair.old()] = true;
      changed[pair.fresh()] = true;
    }
  }

  /**
   * Pairs the added and dropped sentences left after the gaps, wherever they are, when they are at
   * least {@value #MOVED_SIMILAR} similar: only sentences of near length are compared, and at most
   * {@value #MOVED_CELLS} edit-distance cells are spent (a long article rewritten from scratch
   * leaves the rest added and dropped).
   */
  private static void pairMoved(List<StoredSegment> old, List<SourceSegment> fresh, int[] match, boolean[] used,
      boolean[] changed, StoredSegment[] restored) {
    List<Integer> dropped = new ArrayList<>();
    for (int i = 0; i < old.size(); i++) if (!used[i] && !old.get(i).plain().isEmpty()) dropped.add(i);
    if (dropped.isEmpty()) return;
    dropped.sort(Comparator.comparingInt(i -> old.get(i).plain().length()));
    int[] lengths = dropped.stream().mapToInt(i -> old.get(i).plain().length()).toArray();
    List<Pair> pairs = new ArrayList<>();
    long budget = MOVED_CELLS;
    for (int j = 0; j < fresh.size() && budget > 0; j++) {
      String text = fresh.get(j).plain();
      if (match[j] >= 0 || restored[j] != null || text.isEmpty()) continue;
      int shortest = (int) Math.ceil(text.length() * MOVED_SIMILAR);
      int longest = (int) Math.floor(text.length() / MOVED_SIMILAR);
      int k = firstAtLeast(lengths, shortest);
      for (; k < lengths.length && lengths[k] <= longest && budget > 0; k++) {
        int i = dropped.get(k);
        budget -= (long) text.length() * lengths[k];
        double similarity = similarity(text, old.get(i).plain());
        if (similarity >= MOVED_SIMILAR) pairs.add(new Pair(j, i, similarity));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::fresh).thenComparingInt(Pair::old));
    take(pairs, match, used, changed);
  }

  private static int firstAtLeast(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** 1 - Levenshtein distance / length of the longer text; 1 for two empty texts. */
  static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) return 1;
    if ((double) Math.min(a.length(), b.length()) / longer < SIMILAR) return 0;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int k = 0; k <= b.length(); k++) previous[k] = k;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int k = 1; k <= b.length(); k++) {
        int cost = ca == b.charAt(k - 1) ? 0 : 1;
        current[k] = Math.min(Math.min(current[k - 1] + 1, previous[k] + 1), previous[k - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1 - (double) previous[b.length()] / longer;
  }

  /** Longest common subsequence of fingerprints: the kept sentences that stay in order. */
  private static void lcs(List<StoredSegment> old, List<SourceSegment> fresh, int[] match) {
    int n = fresh.size();
    int m = old.size();
    int[][] table = new int[n + 1][m + 1];
    for (int j = n - 1; j >= 0; j--) {
      String hash = fresh.get(j).sourceSha256();
      for (int i = m - 1; i >= 0; i--) {
        table[j][i] = hash.equals(old.get(i).sourceSha256())
            ? table[j + 1][i + 1] + 1
            : Math.max(table[j + 1][i], table[j][i + 1]);
      }
    }
    int j = 0;
    int i = 0;
    while (j < n && i < m) {
      if (fresh.get(j).sourceSha256().equals(old.get(i).sourceSha256())) {
        match[j++] = i++;
      } else if (table[j + 1][i] >= table[j][i + 1]) {
        j++;
      } else {
        i++;
      }
    }
  }

  /** For very long documents: each new sentence takes the next unused stored one with its fingerprint. */
  private static void greedyInOrder(List<StoredSegment> old, List<SourceSegment> fresh, int[] match) {
    Map<String, List<Integer>> byHash = new HashMap<>();
    for (int i = 0; i < old.size(); i++) byHash.computeIfAbsent(old.get(i).sourceSha256(), h -> new ArrayList<>()).add(i);
    int last = -1;
    for (int j = 0; j < fresh.size(); j++) {
      List<Integer> candidates = byHash.get(fresh.get(j).sourceSha256());
      if (candidates == null) continue;
      for (int k = 0; k < candidates.size(); k++) {
        int i = candidates.get(k);
        if (i > last) {
          match[j] = i;
          last = i;
          candidates.remove(k);
          break;
        }
      }
    }
  }
}
