package org.transdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.transdesk.xliff.ReadLimits;
import org.transdesk.xliff.XliffFile;
import org.transdesk.xliff.XliffHandler;
import org.transdesk.xliff.XliffReader;
import org.transdesk.xliff.XliffUnit;

/**
 * Benchmark stages "read" and "read-2.0": parse an XLIFF file shaped like transdesk's exports
 * (td attributes, translated targets, inline codes in one unit of four, notes in one of ten) with
 * {@link XliffReader}; parsing only, no database, no checks. The JIT is warmed on the same file
 * (untimed) first, so the figure is the steady parsing speed; the note adds the reading thread's
 * own CPU time, steadier than wall time on a shared machine.
 */
final class ReadStage implements Bench.Stage {
  private final String version;

  ReadStage(String version) {
    this.version = version;
  }

  @Override
  public Object prepare(Path work, int size) throws IOException {
    Path file = Fixtures.root().resolve("corpus").resolve("read-" + version + "-" + size + ".xlf");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      generate(partial, version, size);
      Files.move(partial, file);
    }
    // Enough warm-up reads for the JIT to settle: about 300,000 units in all, at least one read.
    for (int done = 0; done < 300_000; done += size) read(file);
    return file;
  }

  @Override
  public Bench.Outcome run(Object prepared, Path work, int size) throws IOException {
    Path file = (Path) prepared;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long units = read(file);
    double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    return new Bench.Outcome(units, String.format(Locale.ROOT, "XLIFF %s, %.1f MB; reading thread cpu %.2f s, %,.0f"
        + " units/cpu-s", version, Files.size(file) / 1e6, seconds, units / seconds));
  }

  private static long read(Path file) {
    long[] units = {0};
    long[] chars = {0};
    XliffReader.open(file, ReadLimits.defaults()).read(new XliffHandler() {
      @Override public void file(XliffFile f) { }

      @Override public void unit(XliffUnit u) {
        units[0]++;
        chars[0] += u.source().length() + (u.target() == null ? 0 : u.target().length());
      }
    });
    if (chars[0] == 0) throw new IllegalStateException("nothing read from " + file);
    return units[0];
  }

  /** Writes an export-shaped XLIFF file of the given version with {@code units} translated units. */
  static void generate(Path file, String version, int units) throws IOException {
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
