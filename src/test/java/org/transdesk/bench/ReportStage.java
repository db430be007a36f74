package org.transdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.transdesk.store.ReportBenchData;

/**
 * {@code transdesk report} over a desk of {@code size} segments × 2 languages: the whole command
 * timed through the {@code ./transdesk} launcher (start, open, queries, output), as a user runs
 * it. The desk is built once per size with bulk SQL ({@link ReportBenchData}) and kept under
 * target/bench/corpus/; one untimed run (after the launcher has built its jar) warms the page cache. The notes give the child's CPU seconds and peak RSS (see {@link Launched})
 * and the size of its output.
 */
final class ReportStage implements Bench.Stage {
  @Override
  public boolean inThisJvm() {
    return false;
  }

  private final String format;

  ReportStage(String format) {
    this.format = format;
  }

  @Override
  public Object prepare(Path work, int size) throws Exception {
    Path db = Fixtures.root().resolve("corpus").resolve("report-" + size + ".db");
    if (!Files.exists(db)) {
      Files.createDirectories(db.getParent());
      Path partial = db.resolveSibling(db.getFileName() + ".partial");
      Files.deleteIfExists(partial);
      ReportBenchData.build(partial.toString(), size);
      Files.move(partial, db);
    }
    Fixtures.launcherReady();
    child(db, work);
    return db;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws Exception {
    Child child = child((Path) prepared, work);
    return new Bench.Outcome(size, String.format(Locale.ROOT, "./transdesk report: cpu %.2f s, peak RSS %d MB;"
        + " %s output %,d KB", child.cpuSeconds(), child.rssKb() / 1024, format, child.outputBytes() / 1024));
  }

  private record Child(double cpuSeconds, long rssKb, long outputBytes) {}

  private Child child(Path db, Path work) throws IOException, InterruptedException {
    Launched report = Launched.run(work, "report", List.of("--db", db.toAbsolutePath().toString(), "report", "--format", format));
    if (report.exitCode() != 0) {
      throw new IllegalStateException("transdesk report --format " + format + " exited " + report.exitCode() + ": " + report.lastErrorLine());
    }
    return new Child(report.cpuSeconds(), report.rssKb(), Files.size(report.stdout()));
  }
}
