package org.transdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * Benchmark stage "read": parses generated XLIFF 1.2 and 2.0 files shaped like transdesk exports
 * (translated targets, inline codes in one unit of four, notes in one of ten) and reports units
 * per second and peak heap. Parsing only: no database, no checks.
 *
 * <p>{@code java -cp … org.transdesk.bench.ReadStage [--version 1.2|2.0|both] [--keep DIR] SIZE…}
 */
public final class ReadStage {
  /** One measured run. */
  public record Result(String version, int units, long bytes, double seconds, double cpuSeconds, long peakHeapBytes) {
    public double unitsPerSecond() {
      return units / seconds;
    }

    /** Units per second of the reading thread's CPU time: steadier than wall time on a shared machine. */
    public double unitsPerCpuSecond() {
      return units / cpuSeconds;
    }

    public String line() {
      return String.format(Locale.ROOT, "read  xliff-%s  units=%d  file=%.1f MB  wall %.2f s  %,.0f units/s"
          + "  cpu %.2f s  %,.0f units/cpu-s  peak heap %.0f MB", version, units, bytes / 1e6, seconds,
          unitsPerSecond(), cpuSeconds, unitsPerCpuSecond(), peakHeapBytes / 1048576.0);
    }
  }

  private ReadStage() { }

  public static void main(String[] args) throws IOException {
    List<String> versions = List.of("1.2", "2.0");
    List<Integer> sizes = new ArrayList<>();
    Path keep = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--version" -> {
          String v = args[++i];
          versions = v.equals("both") ? List.of("1.2", "2.0") : List.of(v);
        }
        case "--keep" -> keep = Path.of(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
      }
    }
    if (sizes.isEmpty()) sizes = List.of(1_000, 10_000, 100_000);
    run(versions, sizes, keep, System.out);
  }

  /** Runs each size for each version, printing one line per run. */
  public static List<Result> run(List<String> versions, List<Integer> sizes, Path keep, PrintStream out)
      throws IOException {
    List<Result> results = new ArrayList<>();
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("transdesk-read-bench");
    try {
      for (String version : versions) {
        for (int size : sizes) {
          Path file = dir.resolve("read-" + version + "-" + size + ".xlf");
          if (!Files.exists(file)) generate(file, version, size);
          // Warm the JIT on the same file, then keep the best of three runs (the machine is shared).
          read(file, version);
          Result result = null;
          for (int run = 0; run < 3; run++) {
            Result r = read(file, version);
            if (result == null || r.cpuSeconds() < result.cpuSeconds()) result = r;
          }
          out.println(result.line());
          results.add(result);
          if (keep == null) Files.delete(file);
        }
      }
    } finally {
      if (keep == null) Files.deleteIfExists(dir);
    }
    return results;
  }

  static Result read(Path file, String version) throws IOException {
    System.gc();
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    for (MemoryPoolMXBean pool : pools) pool.resetPeakUsage();
    int[] units = {0};
    long[] chars = {0};
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile f) { }

      @Override public void unit(XliffUnit u) {
        units[0]++;
        chars[0] += u.source().length() + (u.target() == null ? 0 : u.target().length());
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : pools) if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    if (chars[0] == 0) throw new IllegalStateException("nothing read");
    return new Result(version, units[0], Files.size(file), seconds, cpuSeconds, peak);
  }

  /** Writes an export-shaped XLIFF file of the given version with {@code units} translated units. */
  public static void generate(Path file, String version, int units) throws IOException {
    boolean v2 = version.startsWith("2");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      if (v2) {
        w.write("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:td=\"urn:transdesk:xliff:1\""
            + " version=\"2.0\" srcLang=\"en\" trgLang=\"de\">\n <file id=\"f1\" original=\"north-korea-talks.txt\""
            + " td:export=\"1\" td:version=\"1\">\n");
      } else {
        w.write("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:td=\"urn:transdesk:xliff:1\""
            + " version=\"1.2\">\n <file original=\"north-korea-talks.txt\" source-language=\"en\""
            + " target-language=\"de\" datatype=\"plaintext\" td:export=\"1\" td:version=\"1\">\n  <body>\n");
      }
      for (int i = 1; i <= units; i++) {
        boolean codes = i % 4 == 0;
        String open = codes ? (v2 ? "<pc id=\"1\">" : "<g id=\"1\">") : "";
        String close = codes ? (v2 ? "</pc>" : "</g>") : "";
        String ph = codes ? (v2 ? "<ph id=\"2\"/>" : "<x id=\"2\"/>") : "";
        String source = "US special envoy " + open + "Sung Kim" + close + " met " + ph + "Noh Kyu Duk &amp; Takehiro"
            + " Funakoshi in Seoul on day " + i + " to discuss talks with Kim Jong Un.";
        String target = "Der US-Sondergesandte " + open + "Sung Kim" + close + " traf " + ph + "Noh Kyu Duk &amp;"
            + " Takehiro Funakoshi am Tag " + i + " in Seoul.";
        String fingerprint = Long.toHexString(i * 0x9E3779B97F4A7C15L);
        if (v2) {
          w.write("  <unit id=\"" + i + "\" td:fingerprint=\"" + fingerprint + "\" td:rev=\"1\">\n");
          if (i % 10 == 0) w.write("   <notes><note>Sung Kim: name</note></notes>\n");
          w.write("   <segment state=\"translated\">\n    <source>" + source + "</source>\n    <target>" + target
              + "</target>\n   </segment>\n  </unit>\n");
        } else {
          w.write("   <trans-unit id=\"" + i + "\" td:fingerprint=\"" + fingerprint + "\" td:rev=\"1\">\n    <source>"
              + source + "</source>\n    <target state=\"translated\">" + target + "</target>\n");
          if (i % 10 == 0) w.write("    <note>Sung Kim: name</note>\n");
          w.write("   </trans-unit>\n");
        }
      }
      w.write(v2 ? " </file>\n</xliff>\n" : "  </body>\n </file>\n</xliff>\n");
    }
  }
}
