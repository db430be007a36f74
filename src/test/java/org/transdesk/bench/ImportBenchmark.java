package org.transdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.transdesk.ExitCode;
import org.transdesk.Main;
import org.transdesk.check.Fingerprint;
import org.transdesk.store.DeskFixture;

/**
 * The import benchmark's input and timed run: a database with one document of {@code size}
 * segments (en → de) and the returned XLIFF 1.2 file with every unit translated, as the desk's
 * export writes it; the timed part is the whole `import` command, checks included.
 */
public final class ImportBenchmark {
  private static final List<String> NAMES = List.of("Kim Jong Un", "Sung Kim", "Noh Kyu Duk", "Takehiro Funakoshi", "Joe Biden");

  private ImportBenchmark() {}

  /** Where prepare() left the database and the file. */
  public record Input(Path database, Path xliff, Path glossary) {}

  static String source(int i) {
    String name = NAMES.get(i % NAMES.size());
    return switch (i % 4) {
      case 0 -> name + " said on " + (1 + i % 28) + " May that talks number " + i + " would resume.";
      case 1 -> "The <pc id=\"1\">UN Security Council</pc> met " + name + " in Hanoi for the " + (i % 97) + "th time.";
      case 2 -> "According to officials, " + name + " stressed the sanctions and food shortages.";
      default -> "It was " + (1990 + i % 35) + " when " + name + " first warned of the nuclear weapons program.";
    };
  }

  static String target(int i) {
    String name = NAMES.get(i % NAMES.size());
    return switch (i % 4) {
      case 0 -> name + " sagte am " + (1 + i % 28) + ". Mai, die Gespräche Nummer " + i + " würden fortgesetzt.";
      case 1 -> "Der <g id=\"1\">UN-Sicherheitsrat</g> traf " + name + " zum " + (i % 97) + ". Mal in Hanoi.";
      case 2 -> "Laut Beamten betonte " + name + " die Sanktionen und die Nahrungsmittelknappheit.";
      default -> "Es war " + (1990 + i % 35) + ", als " + name + " zum ersten Mal vor dem Atomwaffenprogramm warnte.";
    };
  }

  static String xliffSource(String neutral) {
    return neutral.replace("<pc id=\"1\">", "<g id=\"1\">").replace("</pc>", "</g>");
  }

  public static Input prepare(Path work, int size) throws IOException {
    Files.createDirectories(work);
    Path db = work.resolve("desk.db");
    int first;
    try (DeskFixture desk = new DeskFixture(db.toString())) {
      int doc = desk.document("articles/bench.txt", "en", "de");
      first = desk.segments(doc, new Iterator<>() {
        int i;

        @Override public boolean hasNext() {
          return i < size;
        }

        @Override public String next() {
          return source(i++);
        }
      });
    }
    Path xliff = work.resolve("bench.de.xlf");
    try (BufferedWriter w = Files.newBufferedWriter(xliff, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
          + " xmlns:td=\"urn:transdesk:xliff:1\">\n  <file original=\"articles/bench.txt\" source-language=\"en\""
          + " target-language=\"de\" datatype=\"plaintext\" td:version=\"1\">\n    <body>\n");
      for (int i = 0; i < size; i++) {
        String source = source(i);
        w.write("      <trans-unit id=\"" + (first + i) + "\" td:fingerprint=\"" + Fingerprint.of(source) + "\" td:rev=\"0\">\n"
            + "        <source>" + xliffSource(source) + "</source>\n"
            + "        <target state=\"translated\">" + target(i) + "</target>\n"
            + "        <note from=\"transdesk-glossary\" annotates=\"source\">" + NAMES.get(i % NAMES.size()) + " (name): "
            + NAMES.get(i % NAMES.size()) + "</note>\n"
            + "      </trans-unit>\n");
      }
      w.write("    </body>\n  </file>\n</xliff>\n");
    }
    Path glossary = work.resolve("names.csv");
    StringBuilder csv = new StringBuilder("type,source,target_lang,target\n");
    for (String name : NAMES) csv.append("name,").append(name).append(",*,\n");
    csv.append("title,UN Security Council,de,UN-Sicherheitsrat\n");
    Files.writeString(glossary, csv);
    return new Input(db, xliff, glossary);
  }

  /** Runs `transdesk import` on the input; returns the units applied. */
  public static long run(Input input) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ExitCode code = Main.run(new String[] {"import", "--db", input.database().toString(), "--quiet", "--glossary",
        input.glossary().toString(), "--format", "json", input.xliff().toString()}, new PrintWriter(out), new PrintWriter(err), Map.of(), false);
    if (code != ExitCode.OK) throw new IllegalStateException("import failed with " + code + ": " + err + out.toString().substring(0, Math.min(2000, out.getBuffer().length())));
    return applied(out.toString());
  }

  /** The units applied, from the JSON summary `import --format json` prints. */
  static long applied(String json) {
    int at = json.indexOf("\"applied\" : ");
    if (at < 0) throw new IllegalStateException("no applied count in the import's output: " + json.substring(0, Math.min(2000, json.length())));
    return Long.parseLong(json.substring(at + 12, json.indexOf(',', at)).strip());
  }

  /** ImportBenchmark prepare DIR SIZE | run DIR: for measuring outside the bench table (e.g. under /usr/bin/time). */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Path work = Path.of(args[1]);
    if (args[0].equals("prepare")) {
      prepare(work, Integer.parseInt(args[2]));
      return;
    }
    long start = System.nanoTime();
    long applied = run(new Input(work.resolve("desk.db"), work.resolve("bench.de.xlf"), work.resolve("names.csv")));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d units applied in %.2f s: %.0f units/s%n", applied, seconds, applied / seconds);
  }
}
