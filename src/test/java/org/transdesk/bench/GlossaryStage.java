package org.transdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.transdesk.Language;
import org.transdesk.glossary.Glossary;
import org.transdesk.glossary.TermMatcher;

/**
 * Benchmark stages for the glossary, where SIZE is the number of glossary entries (concepts in a
 * generated TBX-Basic 2019 file, see {@link GlossaryFixtures#writeTbx}):
 * {@code glossary-load} times loading that file (segments column = entries loaded);
 * {@code glossary} loads it untimed, warms the matcher up, then times matching the same
 * {@value #PAIRS} source/target pairs three times (find in the source; approved and forbidden
 * renderings in the target; near misses where approved ones fall short), so its segments/s at 100,
 * 10,000 and 100,000 entries show whether the cost per segment grows with the glossary.
 */
final class GlossaryStage implements Bench.Stage {
  static final int PAIRS = 20_000;
  private static final int PASSES = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final boolean loadOnly;

  GlossaryStage(boolean loadOnly) {
    this.loadOnly = loadOnly;
  }

  private record Prepared(TermMatcher matcher, List<String[]> pairs, long indexNanos) {}

  @Override
  public Object prepare(Path work, int size) throws Exception {
    Path tbx = work.resolve("glossary-" + size + ".tbx");
    GlossaryFixtures.writeTbx(tbx, size);
    if (loadOnly) return tbx;
    Glossary glossary = Glossary.load(List.of(tbx));
    long start = System.nanoTime();
    TermMatcher matcher = glossary.matcher(Language.parse("en"), Language.parse("de"));
    long indexNanos = System.nanoTime() - start;
    List<String[]> pairs = GlossaryFixtures.segments(PAIRS);
    for (int pass = 0; pass < PASSES; pass++) GlossaryFixtures.match(matcher, pairs);  // let the JIT settle
    return new Prepared(matcher, pairs, indexNanos);
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws Exception {
    if (loadOnly) {
      Path tbx = (Path) prepared;
      long cpu = THREADS.getCurrentThreadCpuTime();
      Glossary glossary = Glossary.load(List.of(tbx));
      cpu = THREADS.getCurrentThreadCpuTime() - cpu;
      return new Bench.Outcome(glossary.size(), String.format(Locale.ROOT, "%.1f MB TBX; loading thread cpu %.2f s",
          Files.size(tbx) / 1048576.0, cpu / 1e9));
    }
    Prepared input = (Prepared) prepared;
    long found = 0;
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int pass = 0; pass < PASSES; pass++) found = GlossaryFixtures.match(input.matcher, input.pairs);
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    long segments = (long) PASSES * input.pairs.size();
    return new Bench.Outcome(segments, String.format(Locale.ROOT, "%d entries; matching thread %,.0f segments/cpu-s; index built in %.2f s; %d found per pass",
        size, segments / (cpu / 1e9), input.indexNanos / 1e9, found));
  }
}
