package org.transdesk.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.transdesk.Language;
import org.transdesk.ingest.Ingester;
import org.transdesk.ingest.SentenceRules;
import org.transdesk.store.Database;
import org.transdesk.store.SegmentStore;

/**
 * Ingests the generated articles into a fresh database (source en, targets de, fr) with
 * {@code jobs} cutting threads, or one article of the whole size. The notes split the time into
 * segmentation (reading, Okapi filter, SRX, word count, fingerprints) and storage (the file's
 * transaction), summed over files.
 */
final class IngestStage implements Bench.Stage {
  private final int jobs;
  private final boolean oneFile;

  IngestStage(int jobs, boolean oneFile) {
    this.jobs = jobs;
    this.oneFile = oneFile;
  }

  @Override
  public Object prepare(Path work, int size) {
    Path input = oneFile ? Fixtures.oneArticle(size) : Fixtures.articles(size);
    // Warm the JIT and the compiled SRX rules on a small corpus first, as a long-running desk would be.
    Path warm = Fixtures.articles(2000);
    ingest(work.resolve("warm-up.db"), warm, jobs);
    return input;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) {
    long[] times = ingest(work.resolve("desk.db"), (Path) prepared, jobs);
    double segmentation = times[1] / 1e9;
    double storage = times[2] / 1e9;
    String note = String.format(Locale.ROOT, "%d files; segmentation %.2f s (%,.0f seg/s), storage %.2f s (+%s)%s",
        times[3], segmentation, times[0] / segmentation, storage, Bench.percent(storage, segmentation),
        jobs > 1 ? ", both summed over " + jobs + " workers" : "");
    return new Bench.Outcome(times[0], note);
  }

  /** Returns {segments, segmentation ns, storage ns, files}. */
  private static long[] ingest(Path db, Path input, int jobs) {
    AtomicLong segments = new AtomicLong();
    AtomicLong segmentation = new AtomicLong();
    AtomicLong storage = new AtomicLong();
    AtomicLong files = new AtomicLong();
    try (Database database = Database.open(db.toString())) {
      new Ingester(new SegmentStore(database), SentenceRules.standard(), Language.parse("en"), Language.parseList("de,fr"), null, jobs)
          .ingest(List.of(input), r -> {
            segments.addAndGet(r.segments());
            segmentation.addAndGet(r.segmentNanos());
            storage.addAndGet(r.storeNanos());
            files.incrementAndGet();
          });
    }
    return new long[] {segments.get(), segmentation.get(), storage.get(), files.get()};
  }
}
