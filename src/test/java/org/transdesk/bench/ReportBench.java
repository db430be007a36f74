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
 * The report stage: builds a desk of N segments × 2 languages once (bulk SQL), then times the whole
 * {@code transdesk report} command as a child JVM — start, open, queries, output — and reads its
 * peak RSS from /usr/bin/time (or the kernel's VmHWM when time is missing).
 */
public final class ReportBench {
  private static final int RUNS = 3;

  private ReportBench() {}

  /** One measured command: median wall time of the runs and the largest peak RSS seen. */
  public record Result(int segments, String format, double medianSeconds, double bestSeconds, long peakRssKb, long outputBytes) {
    public String line() {
      return String.format(Locale.ROOT, "report  %,10d segments x 2 langs  %-5s  %6.3f s median  %6.3f s best  peak RSS %,7d KB  output %,d bytes",
          segments, format, medianSeconds, bestSeconds, peakRssKb, outputBytes);
    }
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("transdesk.jar", "target/transdesk-0.1.0-all.jar"));
    Path work = Path.of(System.getProperty("bench.dir", "target/bench"));
    List<String> formats = List.of(System.getProperty("report.formats", "text,json,csv,html").split(","));
    Files.createDirectories(work);
    for (String size : args.length == 0 ? new String[] {"1000000"} : args) {
      int segments = Integer.parseInt(size.replace("_", "").replace(",", ""));
      Path db = database(work, segments);
      for (String format : formats) System.out.println(run(jar, db, segments, format, work).line());
    }
  }

  /** The benchmark desk of that size, built on first use and kept for later runs. */
  static Path database(Path work, int segments) {
    Path db = work.resolve("report-" + segments + ".db");
    if (!Files.exists(db)) {
      long start = System.nanoTime();
      ReportBenchData.build(db.toString(), segments);
      System.out.printf(Locale.ROOT, "report  built %s (%,d segments) in %.1f s%n", db, segments, (System.nanoTime() - start) / 1e9);
    }
    return db;
  }

  static Result run(Path jar, Path db, int segments, String format, Path work) throws IOException, InterruptedException {
    Path output = work.resolve("report-" + segments + "." + format);
    Path timing = work.resolve("report-time.txt");
    boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    List<Double> seconds = new ArrayList<>();
    long peak = 0;
    for (int run = 0; run <= RUNS; run++) {
      List<String> command = new ArrayList<>();
      if (gnuTime) command.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", timing.toString()));
      command.addAll(List.of("java", "-jar", jar.toString(), "--db", db.toString(), "report", "--format", format));
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
      long start = System.nanoTime();
      Process process = builder.start();
      long hwm = gnuTime ? 0 : watchPeak(process);
      int code = process.waitFor();
      double elapsed = (System.nanoTime() - start) / 1e9;
      if (code != 0) throw new IllegalStateException("transdesk report --format " + format + " exited " + code);
      if (gnuTime) hwm = Long.parseLong(Files.readAllLines(timing, StandardCharsets.UTF_8).get(0).strip());
      peak = Math.max(peak, hwm);
      if (run > 0) seconds.add(elapsed); // run 0 warms the page cache
    }
    double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Result(segments, format, sorted[sorted.length / 2], sorted[0], peak, Files.size(output));
  }

  /** Polls the child's VmHWM until it exits (Linux without GNU time). */
  private static long watchPeak(Process process) throws InterruptedException {
    long peak = 0;
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    while (process.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
        }
      } catch (IOException | RuntimeException e) {
        // The child exited between the check and the read.
      }
      Thread.sleep(10);
    }
    return peak;
  }

}
