package org.transdesk.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.transdesk.Language;
import org.transdesk.check.Checker;
import org.transdesk.check.Finding;
import org.transdesk.check.TranslationPair;
import org.transdesk.glossary.EntryType;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.Match;
import org.transdesk.glossary.TermMatcher;
import org.transdesk.xliff.GlossaryHint;

/**
 * The checks of an import: per language pair a checker (one per worker thread: checkers are not
 * thread-safe) and the names-only rule, from the desk's glossary or without one. Checks run on a
 * few worker threads so that a large file's checks overlap with reading and writing it.
 */
final class PairChecks implements AutoCloseable {
  private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final Glossary glossary;
  private final Map<String, Pair> pairs = new HashMap<>();
  /** The lines for language pairs the glossary has no entries for, not yet taken by {@link #takeGaps()}. */
  private final List<String> gaps = new ArrayList<>();
  private ExecutorService workers;

  PairChecks(Glossary glossary) {
    this.glossary = glossary;
  }

  /** What one language pair checks with. */
  final class Pair {
    private final ThreadLocal<Checker> checker;
    private final Predicate<String> namesOnly;
    private final TermMatcher matcher;

    private Pair(ThreadLocal<Checker> checker, Predicate<String> namesOnly, TermMatcher matcher) {
      this.checker = checker;
      this.namesOnly = namesOnly;
      this.matcher = matcher;
    }

    /** The glossary hints export writes for a source's plain text; none without a glossary. */
    List<GlossaryHint> hints(String plain) {
      return GlossaryHint.of(matcher, plain);
    }

    Predicate<String> namesOnly() {
      return namesOnly;
    }

    /** The findings of each pair, in order, computed on the worker threads. */
    Future<List<List<CheckFinding>>> submit(List<TranslationPair> units) {
      if (units.isEmpty()) return CompletableFuture.completedFuture(List.of());
      int chunks = Math.min(WORKERS, (units.size() + 31) / 32);
      int size = (units.size() + chunks - 1) / chunks;
      List<CompletableFuture<List<List<CheckFinding>>>> parts = new ArrayList<>(chunks);
      for (int from = 0; from < units.size(); from += size) {
        List<TranslationPair> part = units.subList(from, Math.min(units.size(), from + size));
        parts.add(CompletableFuture.supplyAsync(() -> check(part), executor()));
      }
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
        List<List<CheckFinding>> all = new ArrayList<>(units.size());
        for (CompletableFuture<List<List<CheckFinding>>> part : parts) all.addAll(part.join());
        return all;
      });
    }

    private List<List<CheckFinding>> check(List<TranslationPair> units) {
      Checker c = checker.get();
      List<List<CheckFinding>> found = new ArrayList<>(units.size());
      for (TranslationPair pair : units) {
        List<Finding> findings = c.check(pair);
        List<CheckFinding> converted = new ArrayList<>(findings.size());
        for (Finding f : findings) converted.add(new CheckFinding(f.ruleId(), f.severity().label(), f.message(), f.span()));
        found.add(converted);
      }
      return found;
    }
  }

  Pair of(Language source, Language target) {
    return pairs.computeIfAbsent(source + ">" + target, k -> {
      if (glossary == null) return new Pair(ThreadLocal.withInitial(Checker::basic), Neutral::hasNoLetter, null);
      String gap = glossary.gap(source, target);
      if (gap != null) gaps.add(gap);
      TermMatcher matcher = glossary.matcher(source, target);
      return new Pair(ThreadLocal.withInitial(() -> Checker.withGlossary(matcher)), plain -> namesOnly(matcher, plain), matcher);
    });
  }

  /** The lines for the pairs met since the last call that the glossary has no entries for. */
  List<String> takeGaps() {
    List<String> taken = List.copyOf(gaps);
    gaps.clear();
    return taken;
  }

  /** The result of a submitted check; an exception inside a check is rethrown as it was. */
  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error error) throw error;
      throw new IllegalStateException(cause);
    }
  }

  private synchronized ExecutorService executor() {
    if (workers == null) {
      workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "import-checks");
        t.setDaemon(true);
        return t;
      });
    }
    return workers;
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
      if (m.entry().type() != EntryType.NAME || !matcher.approved(m.entry()).contains(m.text())) continue;
      for (int i = m.start(); i < m.end(); i++) rest.setCharAt(i, ' ');
    }
    return Neutral.hasNoLetter(rest.toString());
  }

  @Override
  public synchronized void close() {
    if (workers != null) workers.shutdownNow();
    workers = null;
  }
}
