package org.transdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.transdesk.store.ReportBenchData;

/**
 * {@code transdesk report} over a desk of {@code size} segments × 2 languages: the whole command
 * timed through the {@code ./transdesk} launcher (start, open, queries, output), as a user runs
 * it. The desk is built once per size with bulk SQL ({@link ReportBenchData}) and kept under
 * target/bench/corpus/; one untimed run (after the launcher has built its jar) warms the page cache. The notes give the child's CPU seconds and peak RSS (GNU time, else
 * VmHWM polled from /proc) and the size of its output.
 */
final class ReportStage implements Bench.Stage {
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
    Path output = work.resolve("report." + format);
    Path timing = work.resolve("time.txt");
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    List<String> command = new ArrayList<>();
    if (gnuTime) command.addAll(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", timing.toString()));
    command.addAll(List.of(Fixtures.launcher().toString(), "--db", db.toString(), "report", "--format", format));
    Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long hwm = gnuTime ? 0 : watchPeak(process);
    int code = process.waitFor();
    if (code != 0) throw new IllegalStateException("transdesk report --format " + format + " exited " + code);
    double cpu = 0;
    if (gnuTime) {
      String[] fields = Files.readAllLines(timing, StandardCharsets.UTF_8).get(0).strip().split(" ");
      cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
      hwm = Long.parseLong(fields[2]);
    }
    return new Child(cpu, hwm, Files.size(output));
  }

  /** Polls the child's VmHWM until it exits (without GNU time). */
  private static long watchPeak(Process process) throws InterruptedException {
    long peak = 0;
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
        }
      } catch (IOException | RuntimeException e) {
        // The child ended between the check and the read.
      }
      Thread.sleep(10);
    }
    return peak;
  }
}
