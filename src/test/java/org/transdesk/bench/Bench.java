package org.transdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The project's one benchmark (run it through {@code bench/run}): one stage at one size per JVM,
 * printed as one row of a table of throughput and memory. {@code Bench --header} prints the
 * header, {@code Bench --stages} the stage names, {@code Bench STAGE SIZE} one row. Stages are
 * registered in {@link #STAGES}; each prepares its input untimed (see {@link Fixtures}) and
 * returns how many segments its timed part processed.
 */
public final class Bench {
  /** One benchmarked stage: untimed preparation, then the timed work. */
  public interface Stage {
    /** Prepares input for {@code size} segments in {@code work} (untimed); returns what {@link #run} needs. */
    Object prepare(Path work, int size) throws Exception;

    /** The timed work; returns the segments processed and an optional note for the table. */
    Outcome run(Object prepared, Path work, int size) throws Exception;

    /**
     * False for a stage that runs the command in a child process ({@link Launched}): the bench JVM
     * then only waits, its heap sampler is not started (on two cores it took CPU from the child),
     * and the peak heap and RSS columns show "-" (the note gives the child's own).
     */
    default boolean inThisJvm() {
      return true;
    }
  }

  /** What a stage did: segments processed and a short note (e.g. a split of the time). */
  public record Outcome(long segments, String note) {}

  /** Every stage by name, in table order. Add yours here. */
  static final Map<String, Stage> STAGES = new LinkedHashMap<>();

  static {
    STAGES.put("srx-okapi", new SrxBaselineStage());
    STAGES.put("ingest", new IngestStage(1, false));
    STAGES.put("ingest-2w", new IngestStage(2, false));
    STAGES.put("ingest-1file", new IngestStage(1, true));
    STAGES.put("export", new ExportStage("1.2", false, false));
    STAGES.put("export-20", new ExportStage("2.0", false, false));
    STAGES.put("export-gls", new ExportStage("1.2", false, true));
    STAGES.put("export-1doc", new ExportStage("1.2", true, false));
    STAGES.put("import", new ImportStage());
    LintStage.register(STAGES);
    STAGES.put("glossary-load", new GlossaryStage(true));
    STAGES.put("glossary", new GlossaryStage(false));
    STAGES.put("read", new ReadStage("1.2"));
    STAGES.put("read-2.0", new ReadStage("2.0"));
    STAGES.put("report", new ReportStage("text"));
    STAGES.put("report-json", new ReportStage("json"));
  }

  private static final String FORMAT = "%-14s %8s %9s %8s %10s %10s %8s  %s%n";

  private Bench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--header")) {
      System.out.printf(Locale.ROOT, FORMAT, "stage", "size", "segments", "seconds", "segments/s", "peak heap", "RSS", "notes");
      return;
    }
    if (args.length == 1 && args[0].equals("--stages")) {
      STAGES.keySet().forEach(System.out::println);
      return;
    }
    if (args.length != 2 || !STAGES.containsKey(args[0])) {
      System.err.println("usage: Bench --header | --stages | STAGE SIZE   (stages: " + String.join(", ", STAGES.keySet()) + ")");
      System.exit(2);
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    String name = args[0];
    int size = Integer.parseInt(args[1].replace("_", ""));
    Stage stage = STAGES.get(name);
    Path work = Fixtures.root().resolve("run").resolve(name + "-" + size);
    Fixtures.deleteTree(work);
    Files.createDirectories(work);
    Object prepared = stage.prepare(work, size);
    System.gc();
    if (!stage.inThisJvm()) settle();
    HeapSampler sampler = new HeapSampler();
    if (stage.inThisJvm()) sampler.start();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    Outcome outcome = stage.run(prepared, work, size);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    String throughput = String.format(Locale.ROOT, "%,.0f", outcome.segments() / seconds);
    if (stage.inThisJvm()) {
      sampler.stop();
      System.out.printf(Locale.ROOT, FORMAT, name, size, outcome.segments(), String.format(Locale.ROOT, "%.2f", seconds), throughput,
          mb(sampler.peak()), mb(rssPeak()), String.format(Locale.ROOT, "cpu %.2f s; live heap after GC %s; ", cpu, mb(sampler.live())) + outcome.note());
    } else {
      System.out.printf(Locale.ROOT, FORMAT, name, size, outcome.segments(), String.format(Locale.ROOT, "%.2f", seconds), throughput,
          "-", "-", outcome.note());
    }
    Fixtures.deleteTree(work);
  }

  /**
   * Waits (at most 5 s) until this JVM is idle: after preparing a stage (copying a database of a
   * few hundred MB, starting the launcher once) its compiler threads go on working for a while, and
   * on a two-core machine they took CPU from the command being timed (launched export at 3x10^5
   * units: 1.40-1.48 s timed right away, 1.35-1.37 s after the bench went quiet; the command alone
   * in a shell took 1.33-1.39 s).
   */
  private static void settle() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    long before = processCpuNanos();
    while (System.nanoTime() < deadline) {
      Thread.sleep(100);
      long now = processCpuNanos();
      if (now - before < 5_000_000L) return;   // under 5% of a core over the last 100 ms
      before = now;
    }
  }

  /** CPU time of the whole process (all threads, JIT and GC included): on a shared machine wall time says little. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  static String mb(long bytes) {
    return bytes < 0 ? "?" : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1048576.0));
  }

  /** The process's peak resident set (VmHWM from /proc/self/status), or -1 where there is none. */
  static long rssPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Samples used heap every 5 ms; the peak is the most heap the stage had in use, garbage included. */
  static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "heap-sampler");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        live.accumulateAndGet(liveAfterGc(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    long peak() {
      return peak.get();
    }

    /** The most heap still in use right after a collection: what the stage really kept. */
    long live() {
      return live.get();
    }

    private static long liveAfterGc() {
      long sum = 0;
      for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() != java.lang.management.MemoryType.HEAP || pool.getCollectionUsage() == null) continue;
        sum += pool.getCollectionUsage().getUsed();
      }
      return sum;
    }
  }

  /** For stages that report several numbers in the notes column. */
  static String percent(double part, double whole) {
    return whole <= 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", 100 * part / whole);
  }

  static List<String> stageNames() {
    return new ArrayList<>(STAGES.keySet());
  }
}
